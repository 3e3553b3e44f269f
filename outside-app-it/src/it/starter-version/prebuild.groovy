// this project's pom must hold the snippets of docs/spring-boot.md marked with its name
evaluate(new File(basedir, '../../../src/it/docs-snippets.groovy'))
