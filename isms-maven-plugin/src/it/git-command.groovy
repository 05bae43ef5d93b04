// The git command line for the ITs' setup scripts: no user or system configuration, no signing, a fixed
// identity for commands that need one; authors, committers and dates come in the environment map.
// A setup script loads it once: gitCommand = evaluate(new File(itSources, 'git-command.groovy'))
return { File dir, Map env, List<String> args ->
    def command = ['git', '-c', 'commit.gpgsign=false', '-c', 'user.name=Setup', '-c', 'user.email=setup@example.com'] + args
    def builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
    builder.environment().put('GIT_CONFIG_NOSYSTEM', '1')
    builder.environment().put('GIT_CONFIG_GLOBAL', new File(dir, 'target/gitconfig').path)
    builder.environment().putAll(env)
    def process = builder.start()
    def out = process.inputStream.text
    assert process.waitFor() == 0 : "git ${args.join(' ')} failed: ${out}"
    out
}
