/** An article's image as the page shows it: every width in WebP and JPEG, the browser picks. */
export interface FigureModel {
  /** In the page's language; escaped like all text, so markup in it is shown, never run. */
  alt: string;
  /** The largest variant's size: the box is reserved before the image arrives, so nothing jumps. */
  width: number;
  height: number;
  /** JPEG for browsers that know no srcset. */
  src: string;
  jpegSrcset: string;
  webpSrcset: string;
  sizes: string;
}

export function Figure(props: { figure: FigureModel }) {
  const { figure } = props;
  return (
    <figure class="article-figure">
      <picture>
        <source type="image/webp" srcset={figure.webpSrcset} sizes={figure.sizes} />
        <img
          src={figure.src}
          srcset={figure.jpegSrcset}
          sizes={figure.sizes}
          width={figure.width}
          height={figure.height}
          alt={figure.alt}
          loading="lazy"
          decoding="async"
        />
      </picture>
    </figure>
  );
}
