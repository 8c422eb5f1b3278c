import type { APIRoute } from 'astro';
import { getAllVersions } from '../../data/guidelines.ts';
import { getTopics } from '../../data/topics.ts';
import { exportIndex } from '../../lib/export.ts';

export const GET: APIRoute = async () => Response.json(exportIndex(await getAllVersions(), await getTopics()));
