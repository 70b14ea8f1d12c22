// The size of a body as a compressing server sends it: brotli at quality 11, what the size figures count.
import { brotliCompressSync, constants } from 'node:zlib';

export const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
