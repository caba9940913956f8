# lit configuration for the papers' code blocks (tests/paper).
# The tests are generated from every proposal/*.md when lit starts (one
# directory per paper), so they can never drift from the papers;
# tools/paper.py fails on any block without a test marker. build.sh passes
# -DPINNED_CLANG and -DLLVM_TOOLS as for tests/clang.
import os
import subprocess
import sys
import lit.formats

config.name = "paper"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp"]

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
exec_root = os.path.join(lit_config.params.get("EXEC_ROOT", "/tmp/pinned-cxx-lit"), "paper")
generated = os.path.join(exec_root, "blocks")
extract = subprocess.run(
    [sys.executable, os.path.join(root, "tools", "paper.py"), "extract-all", generated],
    capture_output=True, text=True)
if extract.returncode != 0:
    lit_config.fatal("paper.py extract failed:\n" + extract.stdout + extract.stderr)
lit_config.note(extract.stdout.strip().splitlines()[0])
config.test_source_root = generated
config.test_exec_root = os.path.join(exec_root, "out")

clang = lit_config.params.get("PINNED_CLANG")
if not clang or not os.path.exists(clang):
    lit_config.fatal("pass -DPINNED_CLANG=/path/to/patched/clang (./build.sh test does)")
tools = lit_config.params.get("LLVM_TOOLS", "/usr/lib/llvm-19/bin")
config.environment["PATH"] = os.pathsep.join(
    [tools, config.environment.get("PATH", os.environ.get("PATH", ""))])
clangxx = os.path.join(os.path.dirname(clang), "clang++")
config.substitutions += [("%clangxx", clangxx), ("%clang", clang)]

# Features the compiler announces through its feature-test macros.
macros = subprocess.run([clangxx, "-std=c++23", "-dM", "-E", "-x", "c++", "/dev/null"],
                        capture_output=True, text=True).stdout
if "#define __cpp_init_parameters " in macros:
    config.available_features.add("init-parameters")
if "#define __cpp_pinned " in macros:
    config.available_features.add("pinned")
