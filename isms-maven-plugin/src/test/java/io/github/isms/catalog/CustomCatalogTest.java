package io.github.isms.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.diag.Code;
import io.github.isms.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomCatalogTest {

    @TempDir
    Path dir;

    private static final String NIS2 = """
            catalog: nis2
            title: NIS2 Article 21 measures
            groups:
              "21.2":
                title: Cybersecurity risk-management measures
                controls:
                  NIS2-21.2.a: Policies on risk analysis and information system security
                  NIS2-21.2.b: Incident handling
            """;

    private SmallIsms withCatalog(String catalogText) {
        return SmallIsms.in(dir, "iso27001:2022", "catalogs: [catalogs/nis2.yaml]").file("catalogs/nis2.yaml", catalogText);
    }

    @Test
    void documentsImplementControlsOfAnOwnCatalogAndTheSoaListsThemAfterTheFramework() {
        SmallIsms isms = withCatalog(NIS2)
                .document("PRO-001", "controls: [A.5.24, NIS2-21.2.b]")
                .file("soa.yaml", "controls:\n  NIS2-21.2.a: {applicable: false, justification: Covered by group policy}\n");
        assertThat(isms.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        CatalogModel model = isms.model();
        assertThat(model.catalogs().custom()).singleElement().extracting(Catalog::title).isEqualTo("NIS2 Article 21 measures");
        assertThat(model.catalogs().control("NIS2-21.2.b")).map(Control::title).contains("Incident handling");
        assertThat(model.soa().rows()).hasSize(95);
        assertThat(model.soa().rows("nis2")).extracting(r -> r.control().id()).containsExactly("NIS2-21.2.a", "NIS2-21.2.b");
        assertThat(model.soa().row("NIS2-21.2.b").orElseThrow().implementedBy()).extracting(d -> d.id()).containsExactly("PRO-001");
        assertThat(model.soa().row("NIS2-21.2.a").orElseThrow().applicable()).isFalse();
    }

    @Test
    void aMissingCatalogFileIsReportedAtTheLineOfIsmsYamlThatNamesIt() {
        SmallIsms isms = withCatalog(NIS2).file("isms.yaml", """
                organization: {name: Test Corp}
                catalogs:
                  - catalogs/nis2.yaml
                  - catalogs/missing.yaml
                roles:
                  CISO: [ciso@example.com]
                defaults: {owner: CISO}
                """);
        assertThat(codes(isms, Code.CATALOG_INVALID)).containsExactly(
                "src/isms/isms.yaml:4:5: CATALOG_INVALID catalog file 'catalogs/missing.yaml' not found (paths under catalogs: are relative to the ISMS folder)");
    }

    @Test
    void aCatalogThatLinksOutOfTheIsmsIsReportedAtTheLineThatNamesIt(@TempDir Path elsewhere) throws Exception {
        java.nio.file.Files.writeString(elsewhere.resolve("nis2.yaml"), NIS2);
        SmallIsms isms = SmallIsms.in(dir, "iso27001:2022", "catalogs: [catalogs/nis2.yaml]").file("catalogs/README.txt", "");
        java.nio.file.Files.createSymbolicLink(dir.resolve("src/isms/catalogs/nis2.yaml"), elsewhere.resolve("nis2.yaml"));
        assertThat(codes(isms, Code.FILE_OUTSIDE_SOURCE)).singleElement().asString()
                .startsWith("src/isms/isms.yaml:").contains("FILE_OUTSIDE_SOURCE catalog file 'catalogs/nis2.yaml' resolves outside");
    }

    @Test
    void badAndDuplicateControlIdsInAnOwnCatalogAreReportedAtTheirLines() {
        SmallIsms isms = withCatalog("""
                catalog: nis2
                groups:
                  "21.2":
                    title: Measures
                    controls:
                      NIS2 21.2.a: Has a space
                      A.5.1: Clashes with Annex A
                      NIS2-21.2.b: Fine
                  "21.3":
                    title: More
                    controls:
                      NIS2-21.2.b: Listed twice
                """);
        assertThat(codes(isms, Code.CATALOG_INVALID)).satisfiesExactly(
                d -> assertThat(d).startsWith("src/isms/catalogs/nis2.yaml:6:7: CATALOG_INVALID control id 'NIS2 21.2.a' may only use"),
                d -> assertThat(d).isEqualTo("src/isms/catalogs/nis2.yaml:7:7: CATALOG_INVALID control 'A.5.1' is already defined by ISO/IEC 27001:2022 Annex A"),
                d -> assertThat(d).isEqualTo("src/isms/catalogs/nis2.yaml:12:7: CATALOG_INVALID control 'NIS2-21.2.b' is already defined by src/isms/catalogs/nis2.yaml:8:7"));
    }

    @Test
    void aCatalogWithoutGroupsOrIdIsInvalid() {
        SmallIsms isms = withCatalog("title: Nothing here\n");
        assertThat(codes(isms, Code.CATALOG_INVALID, Code.KEY_REQUIRED)).satisfiesExactly(
                d -> assertThat(d).startsWith("src/isms/catalogs/nis2.yaml:1:1: CATALOG_INVALID a catalog needs 'groups:'"),
                d -> assertThat(d).startsWith("src/isms/catalogs/nis2.yaml:1:1: KEY_REQUIRED missing required key 'catalog'"));
    }

    private static List<String> codes(SmallIsms isms, Code... codes) {
        return isms.diagnostics().stream().filter(d -> List.of(codes).contains(d.code())).map(Diagnostic::format).toList();
    }
}
