import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleCoverage, ruleRows } from '@/utils/rules/report';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run kb -- rules', () => {
  it('prints every rule with its profile, field, kind, severity and source phrase', () => {
    const rows = JSON.parse(
      execFileSync(process.execPath, ['scripts/kb.mjs', 'rules'], { cwd: ROOT, encoding: 'utf8' }),
    ) as Record<string, unknown>[];
    expect(rows).toEqual(ruleRows());
    expect(rows.length).toBeGreaterThan(60);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['profile', 'field', 'kind', 'severity', 'source', 'phrase']),
      );
    }
    expect(rows).toContainEqual(
      expect.objectContaining({
        profile: 's001-annex2',
        field: 'period_start+period_end',
        kind: 'spanWithin',
        severity: 'warning',
        source: '001:83',
        phrase: '原则上申报的项目应于两年之内完成',
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ profile: 's001-annex2', field: 'leader_mobile', kind: 'phone', severity: 'error' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ profile: 's001-annex3', kind: 'rowsMatch', scope: 'across', severity: 'error' }),
    );
  });

  it('the README’s coverage table is the one the profiles give', () => {
    // The table's rows, cell by cell (the formatter pads the cells).
    const rows = fs
      .readFileSync(path.join(ROOT, 'README.md'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('| 00'))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    for (const c of ruleCoverage()) {
      const kinds = Object.entries(c.kinds)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      expect(rows, c.profile).toContainEqual([
        c.annex,
        c.title.replace(/\s+/g, ''),
        kinds,
        `${c.error}`,
        `${c.warning}`,
      ]);
    }
  });
});
