import io.github.isms.source.SourceLayout;
import io.github.isms.wordimport.ImportRequest;
import io.github.isms.wordimport.ImportResult;
import io.github.isms.wordimport.WordImporter;
import java.nio.file.Path;

/** Imports every Word file of a folder into an ISMS once, in a fresh JVM, as isms:import does; prints the count. */
public class ImportOnce {

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        Path from = Path.of(args[1]);
        ImportResult result = new WordImporter().run(new ImportRequest(SourceLayout.defaults(project), from));
        long imported = result.files().stream().filter(f -> f.imported()).count();
        System.out.println(imported + " imported, " + result.errors().size() + " errors");
        if (imported != result.files().size()) {
            result.diagnostics().forEach(d -> System.err.println(d.format()));
            System.exit(1);
        }
    }
}
