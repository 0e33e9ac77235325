// The NukeViet reader alone, against a real MariaDB holding the test site (test/fixtures/import/
// nukeviet.sql, NukeViet 4.5's own CREATE TABLE statements with rows written for the tests): the
// records it yields, that it reads the news rows a page at a time, the prefix and language of
// another install, the databases it refuses, and the image files it will and will not hand out.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import mysql from 'mysql2/promise';
import type { ImportedArticle, ImportedCategory, ImportRecord } from '../../src/modules/imports/index.js';
import { NukeVietInputError, openNukeVietSource } from '../../src/modules/imports/nukeviet/index.js';
import { loadSql, type RunningMariaDb, startMariaDb } from '../support/mariadb.js';

const FIXTURE = path.resolve('test/fixtures/import/nukeviet.sql');
const UPLOADS = path.resolve('test/fixtures/import/nukeviet-uploads');

async function readAll(url: string, options: Parameters<typeof openNukeVietSource>[1] = {}): Promise<ImportRecord[]> {
  const source = await openNukeVietSource(url, { uploadsDir: UPLOADS, ...options });
  try {
    const records: ImportRecord[] = [];
    for await (const record of source.records()) records.push(record);
    return records;
  } finally {
    await source.close();
  }
}

const articles = (records: ImportRecord[]) => records.filter((r): r is ImportedArticle => r.type === 'article');
const categories = (records: ImportRecord[]) => records.filter((r): r is ImportedCategory => r.type === 'category');

async function globalStatus(url: string, name: 'Com_select' | 'Threads_connected'): Promise<number> {
  const connection = await mysql.createConnection({ uri: url });
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>('SHOW GLOBAL STATUS LIKE ?', [name]);
    return Number(rows[0]!.Value);
  } finally {
    await connection.end();
  }
}

async function run(url: string, sql: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: url, multipleStatements: true });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

describe('the NukeViet reader', () => {
  let maria: RunningMariaDb;
  let records: ImportRecord[];

  before(async () => {
    maria = await startMariaDb();
    await loadSql(maria.url, FIXTURE);
    records = await readAll(maria.url);
  });
  after(async () => {
    await maria?.stop();
  });

  it('yields the categories first, parents before children, then the statistics total, then the news in id order', () => {
    const kinds = records.map((r) => r.type);
    const firstArticle = kinds.findIndex((k) => k === 'article' || k === 'skipped');
    assert.deepEqual(kinds.slice(0, firstArticle), ['category', 'category', 'category', 'visit-total']);
    assert.deepEqual(
      records.slice(firstArticle).map((r) => ('sourceId' in r ? r.sourceId : '')),
      ['1', '2', '3', '4', '5'],
    );
    const cats = categories(records);
    assert.deepEqual(
      cats.map((c) => [c.sourceId, c.name, c.parentSourceId]),
      [
        ['1', 'Thời sự', undefined],
        ['2', 'Kinh tế', undefined],
        ['3', 'Nông nghiệp & nông thôn', '2'],
      ],
    );
    assert.deepEqual(cats[0]!.oldPaths, [
      '/vi/news/thoi-su/',
      '/news/thoi-su/',
      '/thoi-su/',
      '/index.php?language=vi&nv=news&op=thoi-su',
    ]);
    assert.deepEqual(
      records.find((r) => r.type === 'visit-total'),
      { type: 'visit-total', total: 1234567 },
    );
  });

  it('translates a published row: UTC publish time, author line, hits, featured image under uploads/news, raw body', () => {
    const first = articles(records).find((a) => a.sourceId === '1')!;
    assert.equal(first.title, 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12 "mở rộng"');
    assert.equal(first.lead, 'Hội nghị bàn các nhiệm vụ trọng tâm.\nĐồng chí Bí thư Tỉnh ủy chủ trì.');
    assert.equal(first.publishedAt?.toISOString(), '2023-05-24T04:00:00.000Z');
    assert.equal(first.status, 'published');
    assert.equal(first.authorName, 'Minh Hà');
    assert.equal(first.views, 1532);
    assert.deepEqual(first.categorySourceIds, ['1']);
    assert.deepEqual(first.featuredImage, { ref: '/uploads/news/2023_05/hoi-nghi.png', alt: 'Quang cảnh hội nghị' });
    // The reader hands the body over as stored; the import sanitises it.
    assert.match(first.bodyHtml, /<script>alert\("xss"\)<\/script>/);
    assert.deepEqual(first.oldPaths, [
      '/vi/news/thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html',
      '/news/thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html',
      '/thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html',
      '/index.php?language=vi&nv=news&op=thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html',
      '/index.php?language=vi&nv=news&op=thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1',
    ]);
  });

  it('names the poster when a row has no author line, keeps every category of a row in a nested one, and passes NFD text through', () => {
    const second = articles(records).find((a) => a.sourceId === '2')!;
    assert.equal(second.authorName, 'Nguyễn Văn An');
    assert.deepEqual(second.categorySourceIds, ['3', '2']);
    assert.notEqual(second.title, second.title.normalize('NFC'));
    assert.equal(second.title.normalize('NFC'), 'Nông dân Lạng Sơn thu hoạch vải thiều sớm');
    assert.equal(second.featuredImage, undefined);
    assert.equal(second.views, 87);
    assert.ok(second.oldPaths.includes('/news/nong-nghiep/nong-dan-lang-son-thu-hoach-vai-thieu-som-2.html'));
  });

  it('keeps a row that is not published as a draft with no date, and skips what cannot be translated, saying why', () => {
    const draft = articles(records).find((a) => a.sourceId === '3')!;
    assert.equal(draft.status, 'draft');
    assert.equal(draft.publishedAt, null);
    const skipped = records.filter((r) => r.type === 'skipped');
    assert.deepEqual(skipped, [
      { type: 'skipped', sourceId: '4', reason: 'Tin không có tiêu đề.' },
      {
        type: 'skipped',
        sourceId: '5',
        reason: 'Tin thuộc chuyên mục số 99, mà chuyên mục này không có trong cơ sở dữ liệu.',
      },
    ]);
  });

  it('reads the news a page at a time: the first article comes after one page, 45 more rows take several', async () => {
    await run(
      maria.url,
      `INSERT INTO nv4_vi_news_rows (id, catid, listcatid, admin_id, author, status, publtime, title, alias, hometext, hitstotal)
       SELECT 100 + seq, 1, '1', 1, 'Trang', 1, 1700000000 + seq, CONCAT('Tin số ', seq), CONCAT('tin-so-', seq), '', seq
       FROM seq_0_to_44;
       INSERT INTO nv4_vi_news_detail (id, description, bodyhtml) SELECT 100 + seq, '', CONCAT('<p>', seq, '</p>') FROM seq_0_to_44;`,
    );
    const source = await openNukeVietSource(maria.url, { pageSize: 10 });
    try {
      assert.equal(await source.expectedArticles(), 50);
      const beforeFirst = await globalStatus(maria.url, 'Com_select');
      for await (const record of source.records()) if (record.type === 'article') break;
      const forFirst = (await globalStatus(maria.url, 'Com_select')) - beforeFirst - 1;
      const beforeAll = await globalStatus(maria.url, 'Com_select');
      const ids: number[] = [];
      for await (const record of source.records()) if (record.type === 'article') ids.push(Number(record.sourceId));
      const forAll = (await globalStatus(maria.url, 'Com_select')) - beforeAll - 1;
      assert.equal(ids.length, 48);
      assert.deepEqual(
        ids,
        [...ids].sort((a, b) => a - b),
      );
      assert.equal(ids.at(-1), 144);
      // Categories, the total, one page of news, its posters: never the whole table at once.
      assert.ok(forFirst <= 4, `selects before the first article: ${forFirst}`);
      assert.ok(forAll >= forFirst + 4, `selects for 50 rows in pages of 10: ${forAll}`);
    } finally {
      await source.close();
      await run(
        maria.url,
        'DELETE FROM nv4_vi_news_rows WHERE id >= 100; DELETE FROM nv4_vi_news_detail WHERE id >= 100;',
      );
    }
  });

  it('reads another install’s prefix and language, given as options or in the address', async () => {
    await run(
      maria.url,
      `CREATE TABLE site_en_news_rows LIKE nv4_vi_news_rows; INSERT INTO site_en_news_rows SELECT * FROM nv4_vi_news_rows;
       CREATE TABLE site_en_news_detail LIKE nv4_vi_news_detail; INSERT INTO site_en_news_detail SELECT * FROM nv4_vi_news_detail;
       CREATE TABLE site_en_news_cat LIKE nv4_vi_news_cat; INSERT INTO site_en_news_cat SELECT * FROM nv4_vi_news_cat;`,
    );
    for (const [url, options] of [
      [maria.url, { prefix: 'site', lang: 'en' }],
      [`${maria.url}?prefix=site&lang=en`, {}],
    ] as const) {
      const got = await readAll(url, options);
      assert.equal(articles(got).length, 3);
      // No site_users or site_counter: the author line still counts, the total is simply absent.
      assert.equal(
        got.some((r) => r.type === 'visit-total'),
        false,
      );
      assert.ok(
        articles(got)[0]!.oldPaths.includes('/en/news/thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html'),
      );
    }
  });

  it('refuses what is not a NukeViet database it can read, in Vietnamese, and leaves no connection open', async () => {
    const refused = async (url: string, options: Parameters<typeof openNukeVietSource>[1], pattern: RegExp) =>
      assert.rejects(
        openNukeVietSource(url, options),
        (e: Error) => e instanceof NukeVietInputError && pattern.test(e.message),
      );
    await run(maria.url, 'CREATE DATABASE empty_site');
    await refused(
      maria.url.replace(/\/nukeviet$/, '/empty_site'),
      {},
      /không có bảng nv4_vi_news_rows, nv4_vi_news_detail, nv4_vi_news_cat/,
    );
    await refused(maria.url, { prefix: 'nv4; DROP TABLE x' }, /Tiền tố bảng/);
    await refused(maria.url, { lang: 'vi_VN' }, /Mã ngôn ngữ/);
    await refused('postgres://localhost/x', {}, /mysql:\/\//);
    await refused(
      maria.url.replace(`:${maria.port}/`, ':1/'),
      {},
      /Không kết nối được cơ sở dữ liệu NukeViet ở 127\.0\.0\.1:1\/nukeviet/,
    );
    await refused(maria.url, { uploadsDir: '/no/such/folder' }, /Thư mục ảnh/);
    // Only the connection that asks is left.
    assert.equal(await globalStatus(maria.url, 'Threads_connected'), 1);
  });

  it('hands out image files inside the uploads folder only, however the reference is written', async () => {
    const source = await openNukeVietSource(maria.url, { uploadsDir: UPLOADS });
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-nv-outside-'));
    const link = path.join(UPLOADS, 'news', 'link-out.png');
    try {
      const file = path.join(UPLOADS, 'news/2023_05/toan-canh.png');
      assert.equal(source.resolveImage('/uploads/news/2023_05/toan-canh.png'), file);
      assert.equal(source.resolveImage('https://langson.gov.vn/uploads/news/2023_05/toan-canh.png?v=2'), file);
      assert.equal(source.resolveImage('2023_05/toan-canh.png'), file);
      assert.equal(source.resolveImage('/uploads/news/2023_06/khong-co.jpg'), null);
      for (const hostile of [
        '/uploads/news/../../nukeviet.sql',
        '/uploads/%2e%2e/%2e%2e/nukeviet.sql',
        '../../nukeviet.sql',
        '/etc/passwd',
        'file:///etc/passwd',
        '/uploads/news/2023_05/toan-canh.png%00.txt',
      ])
        assert.equal(source.resolveImage(hostile), null, hostile);
      fs.writeFileSync(path.join(outside, 'secret.png'), 'not for you');
      fs.symlinkSync(path.join(outside, 'secret.png'), link);
      assert.equal(source.resolveImage('/uploads/news/link-out.png'), null);
      // An operator who copied uploads/news itself is understood too.
      const newsOnly = await openNukeVietSource(maria.url, { uploadsDir: path.join(UPLOADS, 'news') });
      assert.equal(newsOnly.resolveImage('/uploads/news/2023_05/toan-canh.png'), file);
      assert.equal(newsOnly.resolveImage('2023_05/hoi-nghi.png'), path.join(UPLOADS, 'news/2023_05/hoi-nghi.png'));
      await newsOnly.close();
    } finally {
      fs.rmSync(link, { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
      await source.close();
    }
  });
});
