// The second build must not touch any generated file, the model JSON or any class file.
def times = new File(basedir, 'target/times')
def first = new File(times, 'run-1.txt').readLines()
def second = new File(times, 'run-2.txt').readLines()
assert first.any { it.contains('DemoClient.java') }
assert first.any { it.contains('demo-2023-01-01.json') }
assert first == second : "timestamps changed between builds:\n" + (second - first).join('\n')
def log = new File(basedir, 'build.log').text
def noop = (log =~ /docsdk: up to date, nothing written \((\d+) ms\)/)
assert noop.find() : 'the second build reports itself up to date'
println "docsdk no-op check took ${noop.group(1)} ms (fingerprint of inputs + output check)"
assert log =~ /docsdk: demo 2023-01-01: 2 actions, .* \(up to date\)/
return true
