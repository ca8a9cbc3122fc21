/**
 * The date the citation downloads give as accessed: the build's (SOURCE_DATE_EPOCH when set, for
 * reproducible builds).
 */
import { todayIso } from '../lib/citation-shared.ts';

const epoch = process.env['SOURCE_DATE_EPOCH'];
export const BUILD_DATE = todayIso(epoch ? new Date(Number(epoch) * 1000) : new Date());
