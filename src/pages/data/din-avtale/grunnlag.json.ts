import type { APIRoute } from 'astro';
import { getOwnFileData } from '../../../queries/own-file.ts';

export const GET: APIRoute = async () => Response.json(await getOwnFileData());
