import { expect } from '@open-wc/testing';
import { BroadsheetError, isBroadsheetError } from '../../src/sdk/errors.js';

describe('isBroadsheetError', () => {
  it('is true for the SDK’s errors and false for anything else', () => {
    expect(isBroadsheetError(new BroadsheetError('network', 'Offline'))).to.be.true;
    for (const other of [new Error('x'), new TypeError('Failed to fetch'), { code: 'network' }, 'BroadsheetError', null, undefined]) {
      expect(isBroadsheetError(other), String(other)).to.be.false;
    }
  });

  it('is true for an error from another copy of Broadsheet (the embed beside an app’s npm copy)', async () => {
    // The same module under another URL: a second copy, with a BroadsheetError class of its own.
    const copy: typeof import('../../src/sdk/errors.js') = await import(`../../src/sdk/errors.ts?copy=${Date.now()}`);
    const theirs = new copy.BroadsheetError('not-found', 'No article 7', { status: 404 });
    expect(theirs instanceof BroadsheetError, 'a class of its own').to.be.false;
    expect(isBroadsheetError(theirs), 'ours reads theirs').to.be.true;
    expect(copy.isBroadsheetError(new BroadsheetError('timeout', 'Timed out')), 'theirs reads ours').to.be.true;
  });
});
