using System.Globalization;
using System.Text;
using Modernize.Model.Graph;
using Modernize.Reporting.Json;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Safety;

/// <summary>
/// Odd and hostile inputs a legacy tree holds, each scanned in safe mode inside the test process (the loader's parsing is the
/// same in both modes; normal mode adds MSBuild, tested with real processes elsewhere). Each ends in a correct scan or one
/// clean line with exit code 2, within a time limit.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    private const string SdkProject = """<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>""";

    private static async Task<(ProcessResult Result, Modernize.Model.Scan.ScanDocument? Scan)> ScanAsync(TempDirectory temp, string target, params string[] options)
    {
        var json = temp.Combine("out", Guid.NewGuid().ToString("N") + ".json");
        var result = await InProcessCli.RunAsync(Limit, ["scan", target, "--safe", "--no-store", "--no-report", "--no-history", "--json", json, .. options]);
        return (result, File.Exists(json) ? ScanJsonReader.ReadFile(json) : null);
    }

    [Fact]
    public async Task Dtd_project_is_refused_without_expanding_its_entities()
    {
        using var temp = new TempDirectory();
        var folder = temp.CopyFrom(RepoPaths.Fixture("malformed", "dtd-project"), "copy");
        var (result, _) = await ScanAsync(temp, Path.Combine(folder, "Dtd.csproj"));
        var line = SafetyAssert.CleanError(result, "Dtd.csproj");
        Assert.Contains("DTD", line, StringComparison.Ordinal);
        Assert.Equal(2, result.ExitCode);
    }

    /// <summary>Cut-off and mutated copies of real solution and project files, and random bytes, from a fixed seed.</summary>
    [Fact]
    public async Task Random_and_truncated_solution_and_project_files_end_cleanly()
    {
        var random = new Random(20240611);
        var sources = new (string Extension, byte[] Bytes)[]
        {
            (".sln", File.ReadAllBytes(RepoPaths.Fixture("legacy-shop", "LegacyShop.sln"))),
            (".slnx", File.ReadAllBytes(RepoPaths.Fixture("modern-shop", "ModernShop.slnx"))),
            (".csproj", File.ReadAllBytes(Directory.EnumerateFiles(RepoPaths.Fixture("legacy-shop"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First())),
            (".csproj", File.ReadAllBytes(Directory.EnumerateFiles(RepoPaths.Fixture("modern-shop"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First())),
        };
        using var temp = new TempDirectory();
        var cases = 0;
        foreach (var (extension, bytes) in sources)
        {
            var variants = new List<byte[]> { bytes[..random.Next(1, bytes.Length)], bytes[..random.Next(1, bytes.Length)], RandomBytes(random, 3000), Mutated(random, bytes) };
            foreach (var variant in variants)
            {
                var folder = temp.Combine("case" + cases++);
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "Thing.cs"), "namespace Fuzz { public class Thing { } }");
                var file = Path.Combine(folder, "Fuzzed" + extension);
                File.WriteAllBytes(file, variant);
                var (result, _) = await ScanAsync(temp, file);
                SafetyAssert.CleanOutcome(result, "Fuzzed" + extension);
            }
        }

        Assert.Equal(16, cases);
    }

    [Fact]
    public async Task Binary_file_named_cs_does_not_stop_the_scan()
    {
        using var temp = new TempDirectory();
        temp.Write("p/P.csproj", SdkProject);
        temp.Write("p/Ok.cs", "namespace Odd { public class Ok { } }");
        File.WriteAllBytes(temp.Combine("p", "Blob.cs"), RandomBytes(new Random(7), 20_000));
        var (result, scan) = await ScanAsync(temp, temp.Combine("p"));
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains(scan!.Graph.Types, t => t.Id == "Odd.Ok");
    }

    [Fact]
    public async Task Symbolic_link_loops_under_a_scanned_folder_terminate()
    {
        using var temp = new TempDirectory();
        temp.Write("tree/src/App/App.csproj", SdkProject);
        temp.Write("tree/src/App/Looped.cs", "namespace Loops { public class Looped { } }");
        Directory.CreateSymbolicLink(temp.Combine("tree", "src", "App", "up"), "..");
        Directory.CreateSymbolicLink(temp.Combine("tree", "src", "App", "root"), temp.Combine("tree"));
        Directory.CreateSymbolicLink(temp.Combine("tree", "self"), temp.Combine("tree"));
        var (result, scan) = await ScanAsync(temp, temp.Combine("tree"));
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["Loops.Looped"], scan!.Graph.Types.Select(t => t.Id));
    }

    [Fact]
    public async Task Yaml_alias_bomb_in_modernize_yml_is_refused()
    {
        using var temp = new TempDirectory();
        SmallProject(temp);
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        temp.Write("p/modernize.yml", yaml.Append("cells: *a11\n").ToString());
        var (result, _) = await ScanAsync(temp, temp.Combine("p"));
        Assert.Equal(2, result.ExitCode);
        SafetyAssert.CleanError(result, "modernize.yml");
    }

    [Fact]
    public async Task Huge_modernize_yml_is_refused_before_it_is_parsed()
    {
        using var temp = new TempDirectory();
        SmallProject(temp);
        using (var writer = File.CreateText(temp.Combine("p", "modernize.yml")))
        {
            writer.Write("cells:\n");
            for (var i = 0; i < 400_000; i++)
            {
                writer.Write($"  - name: Cell{i}\n    namespaces: [\"N{i}.*\"]\n");
            }
        }

        var (result, _) = await ScanAsync(temp, temp.Combine("p"));
        Assert.Equal(2, result.ExitCode);
        SafetyAssert.CleanError(result, "modernize.yml");
    }

    [Fact]
    public async Task Safe_mode_reads_sources_and_references_only_from_known_locations()
    {
        using var temp = new TempDirectory();
        using var outside = new TempDirectory("modernize-test-outside");
        var secret = outside.Write("Secret.cs", "namespace Outside { public class Secret { } }");
        var linkedDll = Path.Combine(outside.Path, "Evil.dll");
        File.Copy(typeof(HostileInputTests).Assembly.Location, linkedDll);
        temp.Write("p/P.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <Compile Include="{secret}" />
                <Compile Include="Linked.cs" />
                <Reference Include="Evil"><HintPath>{linkedDll}</HintPath></Reference>
              </ItemGroup>
            </Project>
            """);
        temp.Write("p/Inside.cs", "namespace Inside { public class Mine { } }");
        File.CreateSymbolicLink(temp.Combine("p", "Linked.cs"), secret);
        var (result, scan) = await ScanAsync(temp, temp.Combine("p", "P.csproj"));
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["Inside.Mine"], scan!.Graph.Types.Select(t => t.Id));
        var warnings = Assert.Single(scan.Graph.Projects).Fidelity.Warnings;
        Assert.Contains(warnings, w => w.Contains("Secret.cs", StringComparison.Ordinal) && w.Contains("safe mode", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Linked.cs", StringComparison.Ordinal) && w.Contains("safe mode", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("Evil.dll", StringComparison.Ordinal) && w.Contains("safe mode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Encodings_and_non_latin_paths_keep_their_identifiers()
    {
        using var temp = new TempDirectory();
        var folder = temp.CopyFrom(RepoPaths.Fixture("encodings"), "Dépôt ünïcode Проект");
        var (result, scan) = await ScanAsync(temp, folder);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["Encodings.Café", "Encodings.Straße", "Encodings.Ñandú", "Encodings.Пример"], scan!.Graph.Types.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Equal(0, Assert.Single(scan.Graph.Projects).Fidelity.Errors);
        Assert.Contains(scan.Graph.Types, t => t.File == "Ünïcode Dir/Пример.cs");
    }

    private static void SmallProject(TempDirectory temp)
    {
        temp.Write("p/P.csproj", SdkProject);
        temp.Write("p/A.cs", "namespace Y { public class A { } }");
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Mutated(Random random, byte[] bytes)
    {
        var copy = bytes.ToArray();
        for (var i = 0; i < 30; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }
}
