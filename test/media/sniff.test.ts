import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { contentDisposition } from "../../src/http/media/public.js";
import { formatFileSize } from "../../src/media/sizes.js";
import { sniffMedia } from "../../src/media/sniff.js";
import { variantWidths } from "../../src/media/variants.js";
import { zipEntryNames } from "../../src/media/zip.js";
import {
  elfExecutable,
  makeJpeg,
  makePng,
  makeZip,
  minimalDocx,
  minimalPdf,
  plainZip,
  textBytes,
  windowsExecutable,
} from "./files.js";

function typeOf(bytes: Uint8Array): string {
  const result = sniffMedia(bytes);
  return result.ok ? result.type.id : `refused: ${result.looksLike}`;
}

describe("content sniffing", () => {
  it("recognises every accepted image format by its bytes", async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } });
    expect(typeOf(await makeJpeg(8, 8))).toBe("jpeg");
    expect(typeOf(await makePng(8, 8))).toBe("png");
    expect(typeOf(new Uint8Array(await base.clone().webp().toBuffer()))).toBe("webp");
    expect(typeOf(new Uint8Array(await base.clone().gif().toBuffer()))).toBe("gif");
    expect(typeOf(new Uint8Array(await base.clone().avif().toBuffer()))).toBe("avif");
  });

  it("recognises a PDF and a DOCX, and refuses a cut-off PDF", () => {
    expect(typeOf(minimalPdf())).toBe("pdf");
    expect(typeOf(minimalDocx())).toBe("docx");
    expect(typeOf(minimalPdf().subarray(0, 200))).toMatch(/^refused: a damaged or incomplete PDF/);
  });

  it("says in words what a refused file is, whatever its name", () => {
    expect(typeOf(textBytes("Not really a photo\n"))).toBe("refused: plain text");
    expect(typeOf(textBytes("<!DOCTYPE html><html><body><script>alert(1)</script>"))).toBe(
      "refused: an HTML document",
    );
    expect(typeOf(textBytes("\uFEFF  <html lang=en>"))).toBe("refused: an HTML document");
    expect(typeOf(textBytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toMatch(
      /^refused: an SVG image/,
    );
    expect(typeOf(elfExecutable())).toBe("refused: a Linux program");
    expect(typeOf(windowsExecutable())).toBe("refused: a Windows program");
    expect(typeOf(textBytes("#!/bin/sh\nrm -rf /\n"))).toBe("refused: a script");
    expect(typeOf(plainZip())).toBe("refused: a ZIP archive that is not a Word document");
    expect(typeOf(new Uint8Array(0))).toBe("refused: an empty file");
    expect(typeOf(new Uint8Array([0, 1, 2, 3, 250, 251, 252]))).toBe(
      "refused: a file of an unrecognised type",
    );
  });

  it("refuses a macro-enabled Word file and a HEIC photo", () => {
    const docm = makeZip([
      { name: "[Content_Types].xml", text: "<Types/>" },
      { name: "word/document.xml", text: "<w:document/>" },
      { name: "word/vbaProject.bin", text: "macro" },
    ]);
    expect(typeOf(docm)).toMatch(/^refused: a Word document with macros/);
    const heic = new Uint8Array(32);
    heic.set([0, 0, 0, 24], 0);
    heic.set(textBytes("ftypheic\0\0\0\0mif1heic"), 4);
    expect(typeOf(heic)).toMatch(/^refused: a HEIC image/);
  });

  it("reads ZIP entry names from the central directory and rejects a damaged archive", () => {
    expect(zipEntryNames(minimalDocx())).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
    const docx = minimalDocx();
    expect(zipEntryNames(docx.subarray(0, docx.length - 10))).toBeUndefined();
    const broken = docx.slice();
    broken[broken.length - 6] = 0xff; // the central directory's offset now points past the end
    expect(zipEntryNames(broken)).toBeUndefined();
    expect(typeOf(broken)).toBe("refused: a damaged ZIP archive");
  });
});

describe("sizes and names for people", () => {
  it("formats sizes in the reader's language", () => {
    expect(formatFileSize(1.2 * 1024 * 1024, "en")).toBe("1.2\u00a0MB");
    expect(formatFileSize(1.2 * 1024 * 1024, "ru")).toBe("1,2\u00a0МБ");
    expect(formatFileSize(640, "en")).toBe("640\u00a0B");
    expect(formatFileSize(640, "ru")).toBe("640\u00a0Б");
    expect(formatFileSize(10 * 1024 * 1024, "en")).toBe("10\u00a0MB");
    expect(formatFileSize(350 * 1024, "ru")).toBe("350\u00a0КБ");
  });

  it("puts any file name safely into Content-Disposition", () => {
    expect(contentDisposition("Заявление.pdf")).toBe(
      "attachment; filename=\"_________.pdf\"; filename*=UTF-8''%D0%97%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5.pdf",
    );
    const tricky = contentDisposition('a"; filename=evil.exe\r\n.pdf');
    expect(tricky).not.toMatch(/[\r\n]/);
    expect(tricky).toContain("filename*=UTF-8''a%22%3B%20filename%3Devil.exe%0D%0A.pdf");
    expect(tricky).toContain('filename="a__ filename=evil.exe__.pdf"');
  });

  it("makes variant widths up to the original's, never wider", () => {
    expect(variantWidths(3000)).toEqual([480, 960, 1600]);
    expect(variantWidths(1200)).toEqual([480, 960, 1200]);
    expect(variantWidths(960)).toEqual([480, 960]);
    expect(variantWidths(300)).toEqual([300]);
  });
});
