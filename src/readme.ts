// The project's own README, as shipped beside the bundle (dist/..) or the sources (src/..): where
// SARIF's informationUri points, since the project has no web address of its own.
export const README_URL = new URL('../README.md', import.meta.url).href;
