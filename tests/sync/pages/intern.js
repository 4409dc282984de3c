// <feedback-questions> with createHttpResponses(): the request link carries an opaque id; answers come back signed.
import '../../../dist/strong-finish.js';
import { createHttpResponses } from '../../../dist/http-responses.js';

const params = new URLSearchParams(location.search);
const el = document.createElement('feedback-questions');
el.setAttribute('intern-name', 'Lama Haddad');
el.setAttribute('supervisor', 'Sara Ali');
el.setAttribute('storage', 'none');
el.setAttribute('respond-url', params.get('respond'));
if (params.get('lang')) el.setAttribute('lang', params.get('lang'));
el.responses = createHttpResponses({ url: params.get('api'), headers: { Authorization: `Bearer ${params.get('token')}` } });
el.value = {
  selected: [
    { id: 'q1', text: 'What should I keep doing?', theme: 'strengths' },
    { id: 'q2', text: 'Where can I improve?', theme: 'improve' },
  ],
  actions: [],
};
document.body.append(el);
