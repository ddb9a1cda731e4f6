import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { badField } from './errors.js';
import { sendError } from './http.js';

/** Image types accepted for uploads (logos, article photos) and the bytes their files start with. */
const IMAGE_TYPES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
};

/** Documents (a claim's visura or delega): the image types and PDF. */
const DOCUMENT_TYPES: Record<string, (b: Buffer) => boolean> = {
  ...IMAGE_TYPES,
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
};

export interface ImageUploadRule {
  /** The field errors name, e.g. `photo`. */
  field: string;
  maxBytes: number;
  /** Accept PDF too (documents), checked by its first bytes like the images. */
  pdf?: boolean;
}

const sizeText = (maxBytes: number) =>
  maxBytes >= 1024 * 1024 ? `${maxBytes / (1024 * 1024)} MB` : `${maxBytes / 1024} KB`;
const tooLarge = (rule: ImageUploadRule) =>
  badField(rule.field, `${rule.field}_size`, `is larger than ${sizeText(rule.maxBytes)}`);

/**
 * The raw body of an image upload (Content-Type image/png, image/jpeg or image/webp; with `pdf`, also
 * application/pdf), reading one byte
 * more than allowed so that "too large" is told apart from "exactly the limit". Only these types are
 * accepted, which a cross-site HTML form cannot send, so an upload needs no extra CSRF token.
 */
export function rawImageBody(rule: ImageUploadRule): RequestHandler {
  return express.raw({ type: () => true, limit: rule.maxBytes + 1 });
}

/**
 * The uploaded image, its type checked against its first bytes (not just the header) and its size
 * against the limit; BAD_USER_INPUT naming the field otherwise.
 */
export function readImageUpload(req: Request, rule: ImageUploadRule): { type: string; data: Buffer } {
  const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const check = (rule.pdf ? DOCUMENT_TYPES : IMAGE_TYPES)[type];
  if (!check) {
    const accepted = rule.pdf ? 'a PDF, PNG, JPEG or WebP file' : 'a PNG, JPEG or WebP image';
    throw badField(rule.field, `${rule.field}_type`, `must be ${accepted}`);
  }
  const body: unknown = req.body;
  const data = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
  if (data.length === 0) throw badField(rule.field, 'required', 'is empty');
  if (data.length > rule.maxBytes) throw tooLarge(rule);
  if (!check(data)) throw badField(rule.field, `${rule.field}_type`, `is not a ${type} file`);
  return { type, data };
}

/** A body over the limit is refused by rawImageBody before the handler: answered like the other errors. */
export function imageTooLargeHandler(rule: ImageUploadRule) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (error && typeof error === 'object' && 'type' in error && error.type === 'entity.too.large') {
      sendError(res, tooLarge(rule), 413);
      return;
    }
    next(error);
  };
}

/** Sends stored image bytes with their type, never sniffed as anything else. */
export function sendImage(
  res: Response,
  image: { content_type: string; data: Buffer },
  cacheControl: string,
) {
  res.setHeader('Content-Type', image.content_type);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', cacheControl);
  res.send(image.data);
}
