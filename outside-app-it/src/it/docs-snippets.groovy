// The outside application is the docs' own words: every fenced block that docs/spring-boot.md marks
// with <!-- outside-app: NAME --> must appear, line for line, in the pom of the project NAME.
// Indentation is ignored (a snippet is indented as it would sit in a pom), everything else counts.

def page = new File(docsPage as String)
if (!page.isFile()) {
    throw new IllegalStateException("no docs page at " + page)
}
// basedir: the cloned project (target/it/NAME), whose prebuild.groovy evaluates this script
def name = basedir.name
def lines = page.readLines('UTF-8')
def snippets = []
for (int i = 0; i < lines.size(); i++) {
    if (lines[i].trim() == "<!-- outside-app: ${name} -->".toString()) {
        int start = i + 1
        while (start < lines.size() && !lines[start].startsWith('```')) {
            start++
        }
        int end = start + 1
        while (end < lines.size() && !lines[end].startsWith('```')) {
            end++
        }
        snippets << lines.subList(start + 1, end).collect { it.trim() }.findAll { !it.isEmpty() }
    }
}
if (snippets.isEmpty()) {
    throw new IllegalStateException(page.toString() + " marks no snippet for the outside application '" + name + "'")
}
def pom = new File(basedir, 'pom.xml').readLines('UTF-8').collect { it.trim() }.findAll { !it.isEmpty() }
snippets.each { snippet ->
    boolean found = (0..(pom.size() - snippet.size())).any { at -> pom.subList(at, at + snippet.size()) == snippet }
    if (!found) {
        throw new IllegalStateException("the pom of '" + name + "' does not contain this snippet of " + page
                + " as written:\n" + snippet.join('\n'))
    }
}
println "[docs-snippets] ${name}: ${snippets.size()} snippet(s) of ${page.name} found in pom.xml"
return true
