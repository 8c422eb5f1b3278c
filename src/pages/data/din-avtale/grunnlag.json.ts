import type { APIRoute } from 'astro';
import { getOwnFileData } from '../../../queries/own-file-basis.ts';

export const GET: APIRoute = async () => Response.json(await getOwnFileData());
