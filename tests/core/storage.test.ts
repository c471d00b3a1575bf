import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import '../support/setup.js';
import {
  keepAside,
  loadDocument,
  LocalStorageAdapter,
  MemoryStorageAdapter,
  parseDocument,
  saveDocument,
  storageKeyFor,
  type DocumentFormat,
  type StorageAdapter,
} from '../../packages/core/src/index.js';

// Version 2 of a small format: version 1 stored `title`, version 2 stores `name`.
const format: DocumentFormat<{ name: string }> = {
  format: 'test/thing',
  version: 2,
  schema: z.object({ name: z.string() }),
  migrations: { 1: (data) => ({ name: (data as { title: string }).title }) },
};

const envelope = (version: number, data: unknown, name = 'test/thing') =>
  JSON.stringify({ format: name, version, savedAt: new Date().toISOString(), data });

class FullStorage extends MemoryStorageAdapter {
  override setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
}

for (const [label, make] of [
  ['memory', () => new MemoryStorageAdapter()],
  ['localStorage', () => new LocalStorageAdapter()],
] as Array<[string, () => StorageAdapter]>) {
  describe(`${label} adapter`, () => {
    it('stores, lists by prefix and removes', () => {
      const adapter = make();
      adapter.setItem('a:1', 'one');
      adapter.setItem('a:2', 'two');
      adapter.setItem('b:1', 'three');
      expect(adapter.getItem('a:1')).to.equal('one');
      expect(adapter.keys('a:').sort()).to.deep.equal(['a:1', 'a:2']);
      adapter.removeItem('a:1');
      expect(adapter.getItem('a:1')).to.equal(null);
    });
  });
}

describe('storage keys', () => {
  it('are namespaced by project when there is one', () => {
    expect(storageKeyFor('session', null)).to.equal('coproduce:session');
    expect(storageKeyFor('session', 'parks')).to.equal('coproduce:parks:session');
  });
});

describe('parseDocument', () => {
  it('reads the current version, bare or in an envelope', () => {
    expect(parseDocument(envelope(2, { name: 'a' }), format)).to.deep.include({ ok: true, data: { name: 'a' } });
    expect(parseDocument({ name: 'b' }, format)).to.deep.include({ ok: true, data: { name: 'b' } });
  });

  it('migrates older versions', () => {
    expect(parseDocument(envelope(1, { title: 'old' }), format)).to.deep.equal({
      ok: true,
      data: { name: 'old' },
      migratedFrom: 1,
    });
  });

  it('says why it refuses', () => {
    const reason = (input: unknown) => {
      const result = parseDocument(input, format);
      return result.ok ? 'ok' : result.reason;
    };
    expect(reason('{not json')).to.equal('not-json');
    expect(reason(envelope(2, { name: 'a' }, 'other/format'))).to.equal('wrong-format');
    expect(reason(envelope(3, { name: 'a' }))).to.equal('newer-version');
    expect(reason(envelope(2, { name: 42 }))).to.equal('invalid');
    expect(reason(envelope(0, { name: 'a' }))).to.equal('invalid');
  });
});

describe('loadDocument and saveDocument', () => {
  it('round-trips a document in a versioned envelope', () => {
    const adapter = new MemoryStorageAdapter();
    expect(loadDocument(adapter, 'k', format)).to.deep.equal({ status: 'empty' });
    expect(saveDocument(adapter, 'k', { name: 'x' }, format)).to.deep.equal({ ok: true });
    const stored = JSON.parse(adapter.getItem('k')!);
    expect(stored).to.include({ format: 'test/thing', version: 2 });
    expect(loadDocument(adapter, 'k', format)).to.deep.include({ status: 'loaded', data: { name: 'x' } });
  });

  it('keeps damaged data aside under a backup key, once, and never deletes it', () => {
    const adapter = new MemoryStorageAdapter();
    adapter.setItem('k', '{"damaged":');
    const first = loadDocument(adapter, 'k', format);
    expect(first.status).to.equal('unreadable');
    const backupKey = (first as { backupKey: string }).backupKey;
    expect(backupKey).to.match(/^k:unreadable:/);
    expect(adapter.getItem(backupKey)).to.equal('{"damaged":');
    expect(adapter.getItem('k')).to.equal('{"damaged":');
    loadDocument(adapter, 'k', format);
    expect(adapter.keys('k:unreadable:')).to.have.length(1);
  });

  it('leaves data from a newer version exactly where it is', () => {
    const adapter = new MemoryStorageAdapter();
    const newer = envelope(9, { anything: true });
    adapter.setItem('k', newer);
    const result = loadDocument(adapter, 'k', format);
    expect(result).to.deep.include({ status: 'unreadable', reason: 'newer-version', backupKey: 'k' });
    expect(adapter.getItem('k')).to.equal(newer);
    expect(adapter.keys('k:unreadable:')).to.deep.equal([]);
  });

  it('reports a full store instead of throwing', () => {
    const result = saveDocument(new FullStorage(), 'k', { name: 'x' }, format);
    expect(result).to.deep.include({ ok: false, reason: 'full' });
  });

  it('reports when the damaged data could not be kept aside', () => {
    expect(keepAside(new FullStorage(), 'k', 'raw')).to.equal(null);
  });

  it('reports storage the browser will not open', () => {
    const blocked: StorageAdapter = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
      keys: () => [],
    };
    expect(loadDocument(blocked, 'k', format).status).to.equal('unavailable');
  });
});
