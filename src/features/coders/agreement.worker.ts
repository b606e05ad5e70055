/// <reference lib="webworker" />
// Measures agreement off the main thread: 1,000 bootstrap resamples of α per part of a big map.
import { measureAgreement, type AgreementRequest, type AgreementResponse } from './agreement-messages';

self.onmessage = (event: MessageEvent<AgreementRequest>) => {
  const response: AgreementResponse = { id: event.data.id, result: measureAgreement(event.data.doc) };
  (self as unknown as Worker).postMessage(response);
};
