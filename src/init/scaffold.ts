// The files of a new county's repository, as text: pure, so that the command only writes them.
import { posix } from 'node:path';

export interface County {
  /** Pinyin slug: gaoping. */
  id: string;
  /** Chinese name: 高平市. */
  name: string;
  /** The prefecture-level city: 晋城市. */
  city?: string;
}

export interface ScaffoldFile {
  /** Relative to the repository, with forward slashes. */
  path: string;
  text: string;
}

/** The short name a county is called by (沁水县 → 沁水); a one-character stem keeps its suffix (蒲县). */
export const shortName = (name: string): string => (name.length > 2 && /[县市区旗]$/.test(name) ? name.slice(0, -1) : name);

/** The departments every county's plans name, as 县X局 (市X局 in a county-level city, 区X局 in a district). */
const COMMON_UNITS: ReadonlyArray<[id: string, stem: string]> = [
  ['development', '发改局'], ['industry', '工信局'], ['public-security', '公安局'], ['finance', '财政局'],
  ['natural-resources', '自然资源局'], ['housing', '住建局'], ['transport', '交通运输局'], ['water', '水务局'],
  ['agriculture', '农业农村局'], ['market', '市场监管局'], ['approval', '行政审批服务管理局'],
];

function unitsYaml(county: County, schemas: string): string {
  const level = county.name.slice(-1);
  const prefix = /[县市区]/.test(level) ? level : '县';
  const examples = COMMON_UNITS.map(([id, stem]) => `  # - id: ${id}\n  #   name: ${prefix}${stem}\n`).join('');
  return `# yaml-language-server: $schema=${schemas}/units.schema.json
# The units the county's plans name: one entry per unit, every other spelling seen in a notice as an alias.
county:
  id: ${county.id}
  name: ${county.name}
  aliases: [${shortName(county.name)}]
${county.city ? `  city: ${county.city}\n` : ''}units:
  - id: eco-branch
    name: 市生态环境局${shortName(county.name)}分局
    # aliases: [生态环境部门]    # spellings exactly as a notice prints them
  # The departments every county's plans name; uncomment and correct the names as your notices print them.
${examples}  # - id: townships
  #   name: 各乡（镇）人民政府
  #   group: true                 # a group of units
`;
}

function statusYaml(schemas: string): string {
  return `# yaml-language-server: $schema=${schemas}/status.schema.json
# What was done: one entry per progress report; the latest by date wins (see the README, "The status file").
entries: []
# entries:
#   - task: XX24-AIR-01
#     milestone: m1
#     state: done                # done, in-progress, not-started, blocked, waived
#     date: 2024-04-28
#     evidence:
#       - { text: 整治方案已印发, document: 环字〔2024〕1号（示例） }
`;
}

const SOURCES_README = `# Source notices

The notices the plans are encoded from, as plain UTF-8 text (converted from the PDF; line breaks and
stray spaces of the conversion may stay). Name each file <county>-<year>-<document>.txt, and say here
where it came from:

| file | notice | issued | plans |
| --- | --- | --- | --- |

\`plancheck draft sources/<file>.txt --county <id> --year <year> --output plans/<id>/\` writes a first
encoding of each plan a notice holds; \`plancheck validate\` checks every text against its notice.
`;

const GITIGNORE = `node_modules/
reports/
`;

/**
 * Every file of a new county repository. `schemas` is the folder of plancheck's schemas as seen from the
 * repository (node_modules/plancheck/schemas, or schemas in plancheck's own); `workflow` the CI example.
 */
export function scaffold(county: County, schemas: string, workflow: string): ScaffoldFile[] {
  const fromPlans = posix.join('../..', schemas);
  return [
    { path: `plans/${county.id}/units.yaml`, text: unitsYaml(county, fromPlans) },
    { path: 'status.yaml', text: statusYaml(schemas) },
    { path: 'sources/README.md', text: SOURCES_README },
    { path: '.github/workflows/plancheck.yml', text: workflow },
    { path: '.gitignore', text: GITIGNORE },
  ];
}
