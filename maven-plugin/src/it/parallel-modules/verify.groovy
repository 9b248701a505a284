// Both modules generated and compiled in a parallel build, without a thread-safety warning.
def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder') || log =~ /with a thread count of 2/
assert !log.contains('not marked as thread-safe') && !log.contains('not marked as @threadSafe')
assert new File(basedir, 'module-a/target/classes/com/example/demo/DemoClient.class').isFile()
assert new File(basedir, 'module-b/target/classes/com/example/gadget/GadgetClient.class').isFile()
assert log =~ /docsdk: demo 2023-01-01: 2 actions, /
assert log =~ /docsdk: gadget 2024-02-02: 1 actions?, /
return true
