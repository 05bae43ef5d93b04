package io.github.isms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.engine.BuildRequest;
import io.github.isms.check.CheckResult;
import io.github.isms.engine.IsmsEngine;
import io.github.isms.engine.SiteOptions;
import io.github.isms.sign.Pdfsig;
import io.github.isms.testing.TestIsms;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images a document shows from the ISMS assets folder are embedded in its signed PDF, which stays archival. */
class PdfImagesTest {

    static final String NETWORK = """
            ---
            id: POL-007
            title: Network Security Policy
            type: policy
            version: "1.0"
            ---
            # Network Security Policy

            ## Zones

            ![Network zones: office, servers, guests](/assets/diagrams/zones.png)

            ![Badge of the server room](/assets/badge.jpg) ![Floor plan](/assets/plan.gif)
            """;

    @TempDir
    static Path project;

    static CheckResult built;

    @BeforeAll
    static void buildOnce() throws Exception {
        TestIsms.in(project).document("network.md", NETWORK)
                .bytes("src/isms/assets/diagrams/zones.png", image("png", 120, 80))
                .bytes("src/isms/assets/badge.jpg", image("jpg", 64, 48))
                .bytes("src/isms/assets/plan.gif", image("gif", 30, 20));
        built = new IsmsEngine().site(BuildRequest.defaults(project));
    }

    static byte[] image(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f4e79));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] pdf() throws Exception {
        return Files.readAllBytes(project.resolve("target/isms/site/docs/POL-007/POL-007.pdf"));
    }

    @Test
    void aPngJpegAndGifUnderAssetsThatTheBodyShowsAreEmbeddedInThePdf(@TempDir Path tmp) throws Exception {
        assertThat(built.errors()).isEmpty();
        // pdfimages -list: page num type width height color comp bpc enc ...
        List<List<String>> images = Poppler.images(tmp, pdf()).stream().map(row -> List.of(row.trim().split("\\s+"))).toList();
        assertThat(images).hasSize(3);
        assertThat(images).anySatisfy(row -> assertThat(row.subList(2, 6)).containsExactly("image", "120", "80", "rgb"));
        assertThat(images).anySatisfy(row -> assertThat(row.subList(2, 9)).containsExactly("image", "64", "48", "rgb", "3", "8", "jpeg"));
        assertThat(images).anySatisfy(row -> assertThat(row.subList(2, 5)).containsExactly("image", "30", "20"));
    }

    @Test
    void theSignedPdfWithTheImageIsPdfA3uAndPdfsigCallsItValid(@TempDir Path tmp) throws Exception {
        byte[] pdf = pdf();
        assertThat(VeraPdf.failures(pdf, "3u")).isEmpty();
        assertThat(Pdfsig.run(tmp, pdf)).contains("Signature is Valid.").contains("Total document signed");
    }

    @Test
    void theImageKeepsItsAlternativeTextForPdfUa() throws Exception {
        assertThat(VeraPdf.failures(pdf(), "ua1")).isEmpty();
    }

    @Test
    void withAnImageTheSameSourcesStillGiveTheSameBytesBeforeSigning() throws Exception {
        Path again = project.resolve("target/again");
        CheckResult second = new IsmsEngine().site(BuildRequest.defaults(project)
                .withSite(new SiteOptions(again, true)));

        assertThat(second.errors()).isEmpty();
        byte[] other = Files.readAllBytes(again.resolve("docs/POL-007/POL-007.pdf"));
        assertThat(Poppler.beforeSigning(other)).isEqualTo(Poppler.beforeSigning(pdf()));
    }
}
