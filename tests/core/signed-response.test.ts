// Ed25519 in the browser's own WebCrypto: the kit checks a board server's signature (#31).
import { expect } from '@open-wc/testing';
import { checkVerification, openSignedResponse, verifyEd25519, type ResponseKey, type SignedResponse } from '../../src/core/formats/signed-response.js';

// Made with node:crypto (generateKeyPairSync('ed25519'), sign(null, …)) as the reference server does.
const KEY: ResponseKey = { kid: 'k1', alg: 'Ed25519', jwk: { crv: 'Ed25519', x: 'yWIzF_PVMjg7gk7rDrUa7PR4XDxHA_LZS4E8a77QPNs', kty: 'OKP' } };
const TEXT = '{"v":1,"iss":"Jobs Example","from":"Jordan"}';
const SIG = 'nAng-At6NRPlHMIhUQ6N0rahTO-a3OY7YiXNVpExyJoKbDLMM82f1-xQWJDwse_bzyQOec59QGNwltK8-hagBw';

describe('Ed25519 verification (WebCrypto)', () => {
  it('accepts the signed text and refuses a changed one, a changed signature and another key', async () => {
    expect(await verifyEd25519(KEY, TEXT, SIG)).to.equal(true);
    expect(await verifyEd25519(KEY, TEXT.replace('Jordan', 'Jordán'), SIG)).to.equal(false);
    expect(await verifyEd25519(KEY, TEXT, SIG.replace(/^n/, 'm'))).to.equal(false);
    expect(await verifyEd25519({ ...KEY, jwk: { ...KEY.jwk, x: '1XsQ3EYakakfXy8xFJ_X9gIjHN3wilcWhQGPn1C5NAY' } }, TEXT, SIG)).to.equal(false);
  });

  it('refuses a response with an unknown key or a bad signature, and a kept verification whose words changed', async () => {
    const signed: SignedResponse = { statement: TEXT, signature: SIG, attestation: TEXT, attestationSignature: SIG, kid: 'other' };
    let error: unknown;
    await openSignedResponse(signed, 'x', [KEY]).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('unknown key');
    await openSignedResponse({ ...signed, kid: 'k1', signature: SIG.replace(/^n/, 'm') }, 'x', [KEY]).catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('bad signature');
    expect(await checkVerification({ issuer: 'Jobs Example', at: '', url: '', kid: 'k1', attestation: TEXT, signature: SIG }, { from: 'Jordan' }, [KEY])).to.equal(false);
  });
});
