// JSON carries everything a task has: a consumer never needs to read the YAML.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

describe('list and show --format json', () => {
  it('carry annex rows cell by cell, the units as printed and the issue date', async () => {
    const show = JSON.parse((await run(['show', 'QS21-AIR-08', '--format', 'json', '--as-of', '2021-06-15'])).stdout);
    const list = JSON.parse((await run(['list', '--plan', 'qinshui-2021-air', '--format', 'json', '--as-of', '2021-06-15'])).stdout);
    for (const task of [show.task, list.tasks.find((t: { id: string }) => t.id === 'QS21-AIR-08')]) {
      expect(task.source.issued).toBe('2021-05-11');
      const row = task.source.annex[0];
      expect(row.cells['牵头单位']).toBe('市生态环境局沁水分局');
      expect(row.cells['类别']).toBe('');
      expect(row.inherited['类别']).toBe('围绕清洁供暖，推进能源结构减排');
      expect(row.unitsText).toBe('市生态环境局沁水分局');
      expect(task.units.responsible.length + task.units.lead.length).toBeGreaterThan(0);
    }
    const water = JSON.parse((await run(['show', 'QS21-WATER-2-04', '--format', 'json'])).stdout).task;
    expect(water.units.text).toBe('县住建局');
  });
});
