// The error a promise rejects with, which must be an ArmoedetoetsError (the one error type); fails when it resolves.
import { expect } from 'chai';
import { ArmoedetoetsError } from '../src/errors.js';

export async function rejection(p: Promise<unknown>): Promise<ArmoedetoetsError> {
  try {
    await p;
  } catch (e) {
    expect(e, String(e)).to.be.instanceOf(ArmoedetoetsError);
    return e as ArmoedetoetsError;
  }
  throw new Error('expected a rejection');
}
