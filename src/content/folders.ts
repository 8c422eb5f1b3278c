// The content the build reads, relative to the project. GUIDELINES_DIR and SOURCES_DIR point the
// build at other folders (the tests' fixture sites and the benchmark's corpus use them).
export const CONTENT_FOLDERS = {
  /** One file per guideline version. */
  guidelines: process.env.GUIDELINES_DIR ?? 'content/guidelines',
  /** The source documents the guidelines name (`source:`), published as they are. */
  sources: process.env.SOURCES_DIR ?? 'content/sources',
  /** The topic vocabulary. */
  topics: 'content/topics.yaml',
};
