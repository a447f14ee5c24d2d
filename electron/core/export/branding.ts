// Branding of a report — title, logo, accent colour — kept apart from its layout (report-html.ts,
// docx.ts): the layout asks for these values and never reads the request itself.
import type { ReportOptions } from '../../shared/api';
import { ApiArgumentError } from '../../shared/api-schema';

export const DEFAULT_REPORT_TITLE = 'Clip report';
/** A dark slate: readable with white text and as a rule colour on white paper. */
export const DEFAULT_ACCENT = '#1f3a5f';
const MAX_TITLE_CHARS = 300;

/** Only raster images and SVG as data: URLs (an <img> never runs an SVG's scripts). */
const LOGO_DATA_URL = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

export interface Branding {
  title: string;
  /** data: URL, or null */
  logo: string | null;
  /** #rrggbb */
  accent: string;
  /** black or white, whichever reads better on the accent (contrast ≥ 4.5:1 either way for one of them) */
  onAccent: '#000000' | '#ffffff';
}

export function brandingOf(report: ReportOptions = {}): Branding {
  const title = report.title?.trim().slice(0, MAX_TITLE_CHARS) || DEFAULT_REPORT_TITLE;
  if (report.logo !== undefined && !LOGO_DATA_URL.test(report.logo)) {
    throw new ApiArgumentError('exportClips: report.logo: a data: URL of a PNG, JPEG or SVG image (base64)');
  }
  if (report.accent !== undefined && !HEX_COLOUR.test(report.accent)) {
    throw new ApiArgumentError(`exportClips: report.accent: a colour as #rrggbb, not "${report.accent}"`);
  }
  const accent = (report.accent ?? DEFAULT_ACCENT).toLowerCase();
  return { title, logo: report.logo ?? null, accent, onAccent: textColourOn(accent) };
}

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function textColourOn(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#000000') ? '#ffffff' : '#000000';
}
