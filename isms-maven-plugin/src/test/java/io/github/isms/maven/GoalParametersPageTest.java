package io.github.isms.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.isms.testing.UserGuide;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The user guide's parameter tables of isms:check, isms:review and isms:record-approvals against the plugin descriptor that Maven
 * itself reads (generated from the Mojo's annotations before the tests run).
 */
class GoalParametersPageTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void theUserGuideListsEveryParameterOfIsmsCheckWithItsUserPropertyAndDefault() throws Exception {
        List<List<String>> documented = UserGuide.tableRows(UserGuide.section("Goal parameters")).stream()
                .map(row -> List.of(row.get(0), row.get(1)))
                .toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(parametersOf("check"));
    }

    @Test
    void theUserGuideListsTheParametersIsmsReviewAddsToThoseOfIsmsCheck() throws Exception {
        List<List<String>> documented = UserGuide.tableRows(UserGuide.section("Reviewing a pull request: `isms:review`"))
                .stream()
                .map(row -> List.of(row.get(0), row.get(1)))
                .toList();
        List<List<String>> added = new ArrayList<>(parametersOf("review"));
        added.removeAll(parametersOf("check"));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void theUserGuideListsTheParametersIsmsRecordApprovalsAddsToThoseOfIsmsCheck() throws Exception {
        List<List<String>> documented = UserGuide.tableRows(UserGuide.section("Recording platform approvals: `isms:record-approvals`"))
                .stream()
                .map(row -> List.of(row.get(0), row.get(1)))
                .toList();
        List<List<String>> added = new ArrayList<>(parametersOf("record-approvals"));
        added.removeAll(parametersOf("check"));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(added);
    }

    /** Each editable parameter as (name, user property). */
    private static List<List<String>> parametersOf(String goal) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var descriptor = factory.newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (text(mojo, "goal").equals(goal)) {
                return editableParameters(mojo);
            }
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    private static List<List<String>> editableParameters(Element mojo) {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (text(parameter, "editable").equals("true")) {
                String name = text(parameter, "name");
                String expression = text(configuration, name);
                result.add(List.of(name, expression.replaceAll("^\\$\\{(.*)}$", "$1")));
            }
        }
        return result;
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
