// The second build must not touch any generated file, the model JSON or any class file.
def times = new File(basedir, 'target/times')
def first = new File(times, 'run-1.txt').readLines()
def second = new File(times, 'run-2.txt').readLines()
def third = new File(times, 'run-3.txt').readLines()
assert first.any { it.contains('DemoClient.java') }
assert first.any { it.contains('demo-2023-01-01.json') }
assert first == second : "timestamps changed between builds:\n" + (second - first).join('\n')
def log = new File(basedir, 'build.log').text
def noop = (log =~ /docsdk: up to date, nothing written \((\d+) ms\)/)
assert noop.find() : 'the second build reports itself up to date'
println "docsdk no-op check took ${noop.group(1)} ms (fingerprint of inputs + output check)"
assert !noop.find() : 'only the second build is up to date'
assert log =~ /docsdk: demo 2023-01-01: 2 actions, .* \(up to date\)/

// The first build wrote the name lock into the docs folder; the second, a no-op, left it alone.
assert (log =~ /docsdk: name lock written: .*docsdk-lock\.json/).size() == 1 : 'the lock is written once'
assert new File(basedir, 'src/main/docs/docsdk-lock.json').text.startsWith('{\n  "docsdkLock": 1,')

// The third build saw the shared page gone: the model lost its common error codes.
def json = { lines -> lines.find { it.contains('demo-2023-01-01.json') && it.contains('generated-resources') } }
assert json(third) != json(second) : 'the model JSON was rewritten'
def model = new File(basedir, 'target/generated-resources/docsdk/META-INF/docsdk/demo-2023-01-01.json').text
assert !model.contains('INTERNAL_SERVER_ERROR')
assert log.contains('COMMON_ERRORS_MISSING')

// The fourth build saw the edit of the same size: the model has the new description.
def fourth = new File(times, 'run-4.txt').readLines()
assert json(fourth) != json(third) : 'the model JSON was rewritten after the edit'
def edited = new File(basedir, 'target/generated-resources/docsdk/META-INF/docsdk/demo-2023-01-01.json').text
assert edited.contains('Removes one widget.') && !edited.contains('Deletes one widget.')
return true
