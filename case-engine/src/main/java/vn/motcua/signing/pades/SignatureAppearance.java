package vn.motcua.signing.pades;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import vn.motcua.platform.time.BusinessTime;

/**
 * Draws the picture of a signature field with Java2D: a person's signature block, or a round red seal with the
 * agency's name around the ring, next to the seal's text. Vietnamese text is drawn with the bundled Liberation
 * Serif (full diacritics, NFC), at four pixels per PDF point so that it prints sharply.
 *
 * <p>The picture is only what people see: the signature itself is the PAdES CMS signature of the field.
 */
final class SignatureAppearance {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx")
            .withZone(BusinessTime.ZONE);

    private static final int SCALE = 4;
    private static final Color INK = new Color(0x1F, 0x3A, 0x93);
    private static final Color SEAL_RED = new Color(0xD0, 0x10, 0x1B, 235);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Font REGULAR = font("LiberationSerif-Regular.ttf");
    private static final Font BOLD = font("LiberationSerif-Bold.ttf");

    private SignatureAppearance() {
    }

    /** A PNG of {@code signature} signed at {@code time}, sized for its placement. */
    static byte[] png(VisibleSignature signature, Instant time) {
        int width = Math.round(signature.placement().width() * SCALE);
        int height = Math.round(signature.placement().height() * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            float w = signature.placement().width();
            float h = signature.placement().height();
            if (signature.kind() == VisibleSignature.Kind.SEAL) {
                drawSeal(g, signature, time, w, h);
            } else {
                drawPerson(g, signature, time, w, h);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The lines of a person's block, as drawn (the first one bold when it is on-behalf wording). */
    static List<String> personLines(VisibleSignature signature, Instant time) {
        List<String> lines = new ArrayList<>();
        if (signature.onBehalfWording() != null) {
            lines.add(signature.onBehalfWording().toUpperCase(VIETNAMESE));
        }
        lines.add("Ký bởi: " + signature.name());
        if (signature.title() != null && !signature.title().isBlank()) {
            lines.add("Chức vụ: " + signature.title());
        }
        lines.add("Thời gian: " + TIME.format(time));
        return lines.stream().map(SignatureAppearance::nfc).toList();
    }

    /** The lines next to a seal. */
    static List<String> sealLines(VisibleSignature signature, Instant time) {
        List<String> lines = new ArrayList<>(List.of("Đóng dấu bởi:", signature.name()));
        if (signature.title() != null) {
            lines.add(signature.title());
        }
        lines.add("Thời gian: " + TIME.format(time));
        return lines.stream().map(SignatureAppearance::nfc).toList();
    }

    private static void drawPerson(Graphics2D g, VisibleSignature signature, Instant time, float w, float h) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new RoundRectangle2D.Float(0.5f, 0.5f, w - 1, h - 1, 6, 6));
        List<String> lines = personLines(signature, time);
        boolean firstBold = signature.onBehalfWording() != null;
        drawLines(g, lines, firstBold, 6, 4, w - 12, h - 8);
    }

    private static void drawSeal(Graphics2D g, VisibleSignature signature, Instant time, float w, float h) {
        float diameter = Math.min(h, w * 0.55f) - 2;
        float cx = 1 + diameter / 2;
        float cy = h / 2;
        float outer = diameter / 2;
        float inner = outer * 0.64f;
        g.setColor(SEAL_RED);
        g.setStroke(new BasicStroke(2.2f));
        g.draw(new Ellipse2D.Float(cx - outer + 1.1f, cy - outer + 1.1f, 2 * outer - 2.2f, 2 * outer - 2.2f));
        g.setStroke(new BasicStroke(0.9f));
        g.draw(new Ellipse2D.Float(cx - inner, cy - inner, 2 * inner, 2 * inner));
        g.fill(star(cx, cy, inner * 0.42f, inner * 0.17f));

        String ring = nfc(signature.name().toUpperCase(VIETNAMESE));
        float band = outer - inner;
        float topRadius = inner + band * 0.30f;
        float size = fitOnArc(ring, BOLD, band * 0.55f, topRadius, Math.toRadians(250));
        drawOnArc(g, ring, BOLD.deriveFont(size), cx, cy, topRadius, true);
        if (signature.agencyCode() != null && !signature.agencyCode().isBlank()) {
            String code = nfc("MÃ " + signature.agencyCode());
            float bottomRadius = outer - 2.2f - band * 0.16f;
            float codeSize = fitOnArc(code, REGULAR, band * 0.42f, bottomRadius, Math.toRadians(60));
            drawOnArc(g, code, REGULAR.deriveFont(codeSize), cx, cy, bottomRadius, false);
        }
        float textX = cx + outer + 6;
        g.setColor(SEAL_RED.darker());
        drawLines(g, sealLines(signature, time), false, textX, 4, w - textX - 2, h - 8);
    }

    /** Lines from the top of the box, all at the largest size (up to 11 pt) at which the widest fits. */
    private static void drawLines(Graphics2D g, List<String> lines, boolean firstBold, float x, float y, float width,
                                  float height) {
        FontRenderContext context = g.getFontRenderContext();
        float size = Math.min(11f, height / (lines.size() * 1.3f));
        for (int i = 0; i < lines.size(); i++) {
            Font face = (i == 0 && firstBold) ? BOLD : REGULAR;
            float natural = (float) face.deriveFont(size).getStringBounds(lines.get(i), context).getWidth();
            if (natural > width) {
                size = size * width / natural;
            }
        }
        float lineHeight = size * 1.3f;
        float top = y + (height - lineHeight * lines.size()) / 2;
        for (int i = 0; i < lines.size(); i++) {
            Font face = (i == 0 && firstBold) ? BOLD : REGULAR;
            g.setFont(face.deriveFont(size));
            g.drawString(lines.get(i), x, top + lineHeight * i + size);
        }
    }

    /** The font size (at most {@code maxSize}) at which {@code text} spans at most {@code maxAngle} on the arc. */
    private static float fitOnArc(String text, Font font, float maxSize, float radius, double maxAngle) {
        FontRenderContext context = new FontRenderContext(new AffineTransform(), true, true);
        double width = font.deriveFont(maxSize).getStringBounds(text, context).getWidth() * 1.08;
        double angle = width / radius;
        return angle <= maxAngle ? maxSize : (float) (maxSize * maxAngle / angle);
    }

    /**
     * Draws {@code text} along a circle: on top reading clockwise with letters pointing outward, or at the bottom
     * reading left to right with letters pointing to the centre.
     */
    private static void drawOnArc(Graphics2D g, String text, Font font, float cx, float cy, float radius, boolean top) {
        FontRenderContext context = g.getFontRenderContext();
        g.setFont(font);
        double spacing = 1.08;
        double total = font.getStringBounds(text, context).getWidth() * spacing / radius;
        double angle = top ? -Math.PI / 2 - total / 2 : Math.PI / 2 + total / 2;
        int[] codePoints = text.codePoints().toArray();
        for (int codePoint : codePoints) {
            String glyph = new String(Character.toChars(codePoint));
            double advance = font.getStringBounds(glyph, context).getWidth() * spacing / radius;
            double middle = top ? angle + advance / 2 : angle - advance / 2;
            AffineTransform saved = g.getTransform();
            g.translate(cx + radius * Math.cos(middle), cy + radius * Math.sin(middle));
            g.rotate(top ? middle + Math.PI / 2 : middle - Math.PI / 2);
            float glyphWidth = (float) font.getStringBounds(glyph, context).getWidth();
            g.drawString(glyph, -glyphWidth / 2, 0);
            g.setTransform(saved);
            angle = top ? angle + advance : angle - advance;
        }
    }

    private static Path2D star(float cx, float cy, float outer, float inner) {
        Path2D.Float path = new Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            float r = i % 2 == 0 ? outer : inner;
            float x = (float) (cx + r * Math.cos(angle));
            float y = (float) (cy + r * Math.sin(angle));
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Font font(String file) {
        try (InputStream in = SignatureAppearance.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font /liberation/" + file + " missing from the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load the bundled font " + file, e);
        }
    }
}
