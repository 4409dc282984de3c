// The one way a wrapper is made (each src/react/<tag>.ts is one call to it).
import * as React from 'react';
import { createComponent } from '@lit/react';
import { reactEvents } from './events.js';

export const wrap = <I extends HTMLElement, T extends keyof typeof reactEvents>(tagName: T, elementClass: new () => I, displayName: string) =>
  createComponent({ react: React, tagName, elementClass, events: reactEvents[tagName], displayName });
