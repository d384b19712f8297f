import { siteConfig } from '../../site-config';
import type { ShareCard } from '../share-card';

/** Satori draws a subset of CSS (flexbox only); every element with children must say display:flex. */

const BRAND = '#b3121b';
const INK = '#141414';
/** Darkens the photo under the wordmark and the text so white stays readable on any image. */
const SCRIM =
  'linear-gradient(180deg, rgba(0,0,0,0.55) 0%, rgba(0,0,0,0.05) 30%, rgba(0,0,0,0.6) 55%, rgba(0,0,0,0.92) 100%)';

function titleSize(title: string): number {
  if (title.length > 120) return 46;
  if (title.length > 80) return 54;
  if (title.length > 40) return 64;
  return 84;
}

function Wordmark() {
  const digits = /\d+$/.exec(siteConfig.name)?.[0] ?? '';
  const letters = siteConfig.name.slice(0, siteConfig.name.length - digits.length);
  return (
    <div
      style={{ display: 'flex', fontSize: 44, fontWeight: 800, letterSpacing: -1, color: '#fff' }}
    >
      <span>{letters}</span>
      {digits ? <span style={{ color: '#ffd2d2' }}>{digits}</span> : null}
    </div>
  );
}

function Eyebrow({ text, onBrand }: { text: string; onBrand: boolean }) {
  return (
    <div style={{ display: 'flex' }}>
      <div
        style={{
          display: 'flex',
          background: onBrand ? '#fff' : BRAND,
          color: onBrand ? BRAND : '#fff',
          fontSize: 26,
          fontWeight: 800,
          textTransform: 'uppercase',
          letterSpacing: 1,
          padding: '6px 16px',
        }}
      >
        {text}
      </div>
    </div>
  );
}

/** 1200×630: the photo full-bleed under a dark gradient, or the brand colour when there is none. */
export function CardElement({ card, photo }: { card: ShareCard; photo?: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        position: 'relative',
        background: photo ? INK : BRAND,
        fontFamily: 'Inter',
      }}
    >
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- Satori draws <img>, not next/image
        <img
          src={photo}
          alt=""
          width={1200}
          height={630}
          style={{ position: 'absolute', top: 0, left: 0 }}
        />
      ) : null}
      <div
        style={{
          position: 'absolute',
          top: 0,
          left: 0,
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '44px 56px 48px',
          ...(photo ? { backgroundImage: SCRIM } : {}),
        }}
      >
        <Wordmark />
        <div style={{ display: 'flex', flexDirection: 'column', gap: 18 }}>
          <Eyebrow text={card.eyebrow} onBrand={!photo} />
          <div
            style={{
              display: 'flex',
              color: '#fff',
              fontSize: titleSize(card.title),
              fontWeight: 800,
              lineHeight: 1.12,
              letterSpacing: -0.5,
            }}
          >
            {card.title}
          </div>
          <div style={{ display: 'flex', color: '#f1f1f1', fontSize: 28, fontWeight: 400 }}>
            {card.meta}
          </div>
        </div>
      </div>
    </div>
  );
}
