package vn.motcua.signing.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** What the signature fields show, in Vietnamese, and where they go. */
class SignatureAppearanceTest {

    private static final Instant SIGNED = Instant.parse("2026-11-21T03:15:03Z");

    @Test
    void aPersonsBlockShowsTheOnBehalfWordingNameTitleAndLocalTime() {
        VisibleSignature deputy = VisibleSignature.person("Nguyễn Văn A", "Phó Chủ tịch", "KT. Chủ tịch");

        assertThat(SignatureAppearance.personLines(deputy, SIGNED)).containsExactly(
                "KT. CHỦ TỊCH",
                "Ký bởi: Nguyễn Văn A",
                "Chức vụ: Phó Chủ tịch",
                "Thời gian: 21/11/2026 10:15:03 +07:00");
        assertThat(SignatureAppearance.personLines(VisibleSignature.person("Lê Thị B", "Chủ tịch", null), SIGNED))
                .first().isEqualTo("Ký bởi: Lê Thị B");
    }

    @Test
    void aSealIsARedRoundStampNextToItsText() throws Exception {
        VisibleSignature seal = VisibleSignature.seal("Ủy ban nhân dân phường Thủ Dầu Một", "000.00.01.H12");

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SignatureAppearance.png(seal, SIGNED)));

        assertThat(image.getWidth()).isEqualTo(Math.round(VisibleSignature.SEAL_DEFAULT.width() * 4));
        int centre = image.getRGB(image.getHeight() / 2, image.getHeight() / 2);
        assertThat((centre >> 16) & 0xFF).as("red").isGreaterThan(150);
        assertThat(centre & 0xFF).as("blue").isLessThan(80);
        assertThat(SignatureAppearance.sealLines(seal, SIGNED))
                .contains("Ủy ban nhân dân phường Thủ Dầu Một", "Thời gian: 21/11/2026 10:15:03 +07:00");
    }

    @Test
    void theDefaultPlacesOfAPersonAndASealDoNotOverlap() {
        assertThat(VisibleSignature.PERSON_DEFAULT.overlaps(VisibleSignature.SEAL_DEFAULT)).isFalse();
        assertThat(VisibleSignature.PERSON_DEFAULT.overlaps(VisibleSignature.PERSON_DEFAULT)).isTrue();
    }
}
