import type { APIRoute } from 'astro';
import { getAllVersions } from '../../queries/guidelines.ts';
import { getTopics } from '../../queries/topic-entries.ts';
import { exportIndex } from '../../lib/publish/export.ts';

export const GET: APIRoute = async () => Response.json(exportIndex(await getAllVersions(), await getTopics()));
