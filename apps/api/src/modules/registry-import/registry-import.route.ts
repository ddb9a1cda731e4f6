import busboy from 'busboy';
import { Router, type Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { assertRule } from '../../common/auth.js';
import { DomainError, ErrorCode } from '../../common/errors.js';
import { restRoute, sendError } from '../../common/http.js';
import { registryImportPolicy } from './registry-import.policy.js';
import { createRegistryImport, MAX_UPLOAD_BYTES } from './registry-import.service.js';

/** Custom header required on uploads: a cross-site form cannot set it, so this blocks CSRF (like Apollo's). */
export const UPLOAD_CSRF_HEADER = 'x-filiera-upload';

type Upload = { fileName: string; content: Buffer } | 'too_large' | 'no_file' | 'malformed';

/**
 * Reads the one file of a multipart body into memory, refusing more than MAX_UPLOAD_BYTES; a body that
 * is not well-formed multipart (e.g. raw control characters in a part's headers) is 'malformed'.
 */
function readUpload(req: Request): Promise<Upload> {
  return new Promise((resolve) => {
    let bb: busboy.Busboy;
    try {
      // File names arrive as UTF-8 from browsers (busboy's default reads them as Latin-1).
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 5 },
      });
    } catch {
      resolve('no_file');
      return;
    }
    let result: Upload = 'no_file';
    bb.on('file', (name, stream, info) => {
      if (name !== 'file') {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        result = 'too_large';
      });
      stream.on('end', () => {
        if (result !== 'too_large')
          result = { fileName: info.filename ?? 'registry', content: Buffer.concat(chunks) };
      });
    });
    bb.on('close', () => resolve(result));
    bb.on('error', () => {
      req.unpipe(bb);
      req.resume();
      resolve('malformed');
    });
    req.pipe(bb);
  });
}

/**
 * `POST /api/registry-imports`: multipart upload (field `file`) of a registry extract by ADMIN or
 * CONSULTANT. Answers 201 with the new job's id, version, detected shape and suggested mapping; errors
 * carry the same codes as GraphQL (401, 403, 400 with `field`, 413).
 */
export function registryImportRouter(config: Config, ds: DataSource): Router {
  const router = Router();
  router.post(
    '/',
    restRoute(ds, config, 'Registry upload', async (ctx, req, res) => {
      assertRule(ctx, registryImportPolicy.manage);
      if (!req.get(UPLOAD_CSRF_HEADER)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `The ${UPLOAD_CSRF_HEADER} header is required.`, {
          field: 'headers',
          reason: 'csrf',
        });
      }
      if (!req.is('multipart/form-data')) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Send the file as multipart/form-data.', {
          field: 'file',
          reason: 'no_file',
        });
      }
      const upload = await readUpload(req);
      if (upload === 'too_large') {
        sendError(
          res,
          new DomainError(
            ErrorCode.BAD_USER_INPUT,
            `file: is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
            {
              field: 'file',
              reason: 'too_large',
            },
          ),
          413,
        );
        return;
      }
      if (upload === 'malformed') {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'file: the upload is not well-formed multipart', {
          field: 'file',
          reason: 'malformed',
        });
      }
      if (upload === 'no_file' || upload.content.length === 0) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'file: is missing or empty', {
          field: 'file',
          reason: 'no_file',
        });
      }
      const job = await createRegistryImport(ctx, upload.fileName, upload.content);
      res.status(201).json({
        id: job.id,
        version: job.version,
        format: job.format,
        encoding: job.encoding,
        separator: job.separator,
        columns: job.columns,
        mapping: job.mapping,
      });
    }),
  );
  return router;
}
