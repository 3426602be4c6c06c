// What `npm run export` is asked to do: one assessment by id, or every assessment (no id, or --all) into a folder.
import { describe, expect, it } from 'vitest';
import { defaultExportFolder, parseExportCommand } from '../../server/assessments/export-command.ts';

const now = new Date('2026-12-01T05:06:07.890Z');

describe('npm run export arguments', () => {
  it('exports one assessment by id, to stdout or --out FILE, as before', () => {
    expect(parseExportCommand(['cheshire-peel-assessment'], now)).toEqual({ all: false, id: 'cheshire-peel-assessment', out: undefined });
    expect(parseExportCommand(['cheshire-peel-assessment', '--out', 'c.json'], now)).toEqual({ all: false, id: 'cheshire-peel-assessment', out: 'c.json' });
  });

  it('exports everything with no id or with --all, into --out DIR or a new folder named by the time', () => {
    expect(parseExportCommand([], now)).toEqual({ all: true, out: 'export-2026-12-01T05-06-07Z' });
    expect(parseExportCommand(['--all'], now)).toEqual({ all: true, out: 'export-2026-12-01T05-06-07Z' });
    expect(parseExportCommand(['--all', '--out', 'backup'], now)).toEqual({ all: true, out: 'backup' });
    expect(parseExportCommand(['--out', 'backup'], now)).toEqual({ all: true, out: 'backup' });
    expect(defaultExportFolder(new Date('2027-01-02T03:04:05.000Z'))).toBe('export-2027-01-02T03-04-05Z');
  });

  it.each([
    [['a', '--all'], '--all exports every assessment: give no assessment id with it'],
    [['a', 'b'], 'one assessment id at a time, got 2'],
    [['--out', ''], '--out needs a folder name'],
    [['a', '--out', ''], '--out needs a file name'],
    [['--to', 'x'], "Unknown option '--to'"],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseExportCommand(argv, now)).toThrow(message);
  });
});
