// Type-level checks of the published typings (compiled by tests/node/types.test.mjs with tsc against
// dist/): every `@ts-expect-error` must be an error, everything else must compile.
import { InternshipChecklist, ThankYouComposer, InternshipWrapUp, KeepInTouch, FinishStrongPlanner } from '../../dist/react/index.js';
import type {} from '../../dist/jsx.js';

export const ok = (
  <>
    <InternshipChecklist
      internName="Maya"
      endDate="2026-12-18"
      storage="none"
      theme="dark"
      now={new Date()}
      onChange={(e) => e.target}
      onSfItemToggle={(e) => (e.detail.next ? e.preventDefault() : undefined)}
      onSfExport={(e) => e.detail.format.toUpperCase()}
    />
    <ThankYouComposer onSfSend={(e) => e.detail.channel === 'mail'} />
    <InternshipWrapUp onSfStep={(e) => e.detail.index + 1} onSfMilestone={(e) => e.detail.date} />
    <KeepInTouch onSfContactLogged={(e) => e.detail.contactId} />
    <FinishStrongPlanner onSfMilestone={(e) => e.detail.text} />
    {/* @ts-expect-error: not a theme */}
    <InternshipChecklist theme="blue" />
    {/* @ts-expect-error: sf-send's detail has no format */}
    <ThankYouComposer onSfSend={(e) => e.detail.format} />
  </>
);
