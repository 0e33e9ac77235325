// DEMO_ACCOUNTS: the published demo password is never made by accident on a real install.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from './config.js';

describe('DEMO_ACCOUNTS', () => {
  const demoAccounts = (env: Record<string, string>) => loadConfig(env).demoAccounts;

  it('comes with the demo content when no real admin is named', () => {
    assert.equal(demoAccounts({}), true);
    assert.equal(demoAccounts({ DEMO_ACCOUNTS: '' }), true);
    assert.equal(demoAccounts({ DEMO_CONTENT: '0' }), false);
  });

  it('is off once ADMIN_EMAIL is set, unless asked for with DEMO_ACCOUNTS=1', () => {
    assert.equal(demoAccounts({ ADMIN_EMAIL: 'admin@laocai.example', ADMIN_PASSWORD: 'x' }), false);
    assert.equal(demoAccounts({ ADMIN_EMAIL: 'admin@laocai.example' }), false);
    assert.equal(demoAccounts({ ADMIN_EMAIL: 'admin@laocai.example', DEMO_ACCOUNTS: '1' }), true);
    assert.equal(demoAccounts({ ADMIN_EMAIL: 'admin@laocai.example', DEMO_ACCOUNTS: 'true' }), true);
  });

  it('is never made with DEMO_ACCOUNTS=0, and refuses a value it does not know', () => {
    assert.equal(demoAccounts({ DEMO_ACCOUNTS: '0' }), false);
    assert.throws(() => loadConfig({ DEMO_ACCOUNTS: 'yes' }), /DEMO_ACCOUNTS/);
  });
});
