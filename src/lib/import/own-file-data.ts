import type { Topic } from '../model/schema.ts';
import type { Guideline } from '../model/types.ts';

/**
 * What the import page's worker needs from the site beside the reader's file
 * (/data/din-avtale/grunnlag.json): the topic vocabulary, and the published guidelines as the build
 * parsed them, which suggest topics for the draft (as `npm run import` parses content/guidelines) and
 * are what it is compared with.
 */
export interface OwnFileData<G extends Guideline<{ slug: string }> = Guideline<{ slug: string }>> {
  topics: Array<Pick<Topic, 'id' | 'nb' | 'nn' | 'description'>>;
  guidelines: G[];
}
