import '../../../dist/strong-finish.js';
import { createHttpResponses } from '../../../dist/http-responses.js';

const api = new URLSearchParams(location.search).get('api');
const el = document.createElement('feedback-response');
if (api) el.responses = createHttpResponses({ url: api });
document.body.append(el);
