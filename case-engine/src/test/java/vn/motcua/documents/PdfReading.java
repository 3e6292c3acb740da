package vn.motcua.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reading a rendered PDF back as a person's tools read it: its text, its fonts, its QR code, a region of a page. */
final class PdfReading {

    private PdfReading() {
    }

    /**
     * The text of a PDF in NFC with each run of white space made one space: by position on the page, or in the order
     * the renderer wrote it (each table cell whole, cell after cell).
     */
    static String text(byte[] pdf, boolean byPosition) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text without any white space: for sentences long enough that a line may wrap anywhere in them (also after a
     * "/"), compared letter by letter whatever the layout.
     */
    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The text inside a rectangle of a page, given in PDF points from the page's bottom-left corner. */
    static String textIn(byte[] pdf, int pageIndex, float left, float bottom, float right, float top) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(pageIndex);
            float height = page.getMediaBox().getHeight();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("area", new Rectangle2D.Float(left, height - top, right - left, top - bottom));
            stripper.extractRegions(page);
            return stripper.getTextForRegion("area");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many pixels inside a rectangle of a page (PDF points from the bottom-left corner) are not white, the page
     * rendered at 72 dpi so that a pixel is a point.
     */
    static long inkIn(byte[] pdf, int pageIndex, float left, float bottom, float right, float top) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float height = document.getPage(pageIndex).getMediaBox().getHeight();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageIndex, 72, ImageType.GRAY);
            long ink = 0;
            for (int y = (int) Math.ceil(height - top); y < (int) Math.floor(height - bottom); y++) {
                for (int x = (int) Math.ceil(left); x < (int) Math.floor(right); x++) {
                    if ((image.getRGB(x, y) & 0xFF) < 250) {
                        ink++;
                    }
                }
            }
            return ink;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The families of the fonts the pages use ("LiberationSerif" for "ABCDEF+LiberationSerif-Bold").
     *
     * @throws AssertionError when a font is not embedded
     */
    static Set<String> embeddedFontFamilies(byte[] pdf) {
        Set<String> families = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        throw new AssertionError("font " + font.getName() + " is not embedded");
                    }
                    String base = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
                    families.add(base.contains("-") ? base.substring(0, base.indexOf('-')) : base);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return families;
    }

    /** The text of the QR code on a page, the page rendered at {@code dpi}. */
    static String qrCode(byte[] pdf, int pageIndex, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi);
            return new MultiFormatReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                            DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on page " + (pageIndex + 1), e);
        }
    }

    /** Keeps a PDF in {@code target/documents/} to look at. */
    static void keep(String name, byte[] pdf) {
        try {
            Path folder = Path.of("target", "documents");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
