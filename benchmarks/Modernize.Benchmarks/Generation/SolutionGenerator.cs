using System.Globalization;
using System.Text;

namespace Modernize.Benchmarks.Generation;

/// <summary>
/// Writes an SDK-style net10.0 solution of about <c>lines</c> lines: projects of <see cref="FilesPerProject"/> files, each project
/// referencing up to three earlier ones (layers, no cycles), each file an interface, an abstract base and a service class whose
/// method bodies branch, loop, switch, catch and call services of the same and of referenced projects. No package references,
/// so restore and build work offline. Deterministic: the same size gives the same tree.
/// </summary>
internal static class SolutionGenerator
{
    public const int FilesPerProject = 40;
    private const int MethodsPerClass = 10;
    private const int Areas = 4;

    public static GeneratedSolution Generate(string folder, int lines)
    {
        var linesPerFile = LinesOfFile(0, 0, FilesPerProject, []).Count(c => c == '\n');
        var files = Math.Max(FilesPerProject, (lines + linesPerFile / 2) / linesPerFile);
        var projects = Math.Max(2, (files + FilesPerProject - 1) / FilesPerProject);
        var perProject = (files + projects - 1) / projects;
        Directory.CreateDirectory(folder);
        var solution = new StringBuilder("<Solution>\n");
        var total = 0;
        var written = 0;
        for (var p = 0; p < projects; p++)
        {
            var name = ProjectName(p);
            var directory = Path.Combine(folder, name);
            Directory.CreateDirectory(directory);
            var references = References(p);
            File.WriteAllText(Path.Combine(directory, name + ".csproj"), ProjectFile(references));
            solution.Append(CultureInfo.InvariantCulture, $"  <Project Path=\"{name}/{name}.csproj\" />\n");
            for (var f = 0; f < perProject; f++, written++)
            {
                var text = LinesOfFile(p, f, perProject, references);
                total += text.Count(c => c == '\n');
                File.WriteAllText(Path.Combine(directory, $"Service{f}.cs"), text);
            }
        }

        var slnPath = Path.Combine(folder, "Generated.slnx");
        File.WriteAllText(slnPath, solution.Append("</Solution>\n").ToString());
        var editable = Path.Combine(folder, ProjectName(projects / 2), "Service1.cs");
        return new GeneratedSolution(slnPath, projects, written, total, editable);
    }

    /// <summary>A one-file change inside a method body, as a developer's typical commit: the rescan case.</summary>
    public static void EditOneMethodBody(GeneratedSolution solution) => EditMethodBody(solution.EditableFile);

    /// <summary>A change to a method body of <paramref name="file"/> (each call adds one more statement).</summary>
    public static void EditMethodBody(string file)
    {
        var text = File.ReadAllText(file);
        const string Anchor = "var sum = seed;";
        var at = text.IndexOf(Anchor, StringComparison.Ordinal);
        File.WriteAllText(file, text.Insert(at + Anchor.Length, " sum += DateTime.Now.Millisecond > 500 ? 1 : 0;"));
    }

    /// <summary>A signature change: a new public method on the service of the editable file, which other projects can see.</summary>
    public static void EditOneSignature(GeneratedSolution solution)
    {
        var text = File.ReadAllText(solution.EditableFile);
        const string Anchor = "public int Handle(int value)";
        var at = text.IndexOf(Anchor, StringComparison.Ordinal);
        File.WriteAllText(solution.EditableFile, text.Insert(at, "public int Added(int value) => value + 1;\n\n    "));
    }

    /// <summary>A project-file change to the editable file's project (a property), which MSBuild must evaluate again.</summary>
    public static void EditProjectFile(GeneratedSolution solution)
    {
        var project = Directory.EnumerateFiles(Path.GetDirectoryName(solution.EditableFile)!, "*.csproj").Single();
        var text = File.ReadAllText(project);
        File.WriteAllText(project, text.Replace("</PropertyGroup>", "  <Description>edited by the benchmark</Description>\n  </PropertyGroup>", StringComparison.Ordinal));
    }

    /// <summary>A pull request touching three files: a method body in the first file of three different projects.</summary>
    public static void EditThreeFiles(GeneratedSolution solution)
    {
        var folder = Path.GetDirectoryName(solution.SolutionPath)!;
        var projects = Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal).ToList();
        foreach (var project in new[] { projects[0], projects[projects.Count / 3], projects[^1] }.Distinct())
        {
            EditMethodBody(Path.Combine(project, "Service0.cs"));
        }
    }

    private static string ServiceName(int project, int file) => $"{ProjectName(project)}.Area{file % Areas}.Service{file}";

    private static string ProjectName(int index) => string.Create(CultureInfo.InvariantCulture, $"Bench.P{index:000}");

    private static int[] References(int project) =>
        project == 0 ? [] : new[] { project - 1, project / 2, project / 3 }.Where(r => r < project).Distinct().ToArray();

    private static string ProjectFile(int[] references)
    {
        var text = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>disable</Nullable>\n  </PropertyGroup>\n");
        if (references.Length > 0)
        {
            text.Append("  <ItemGroup>\n");
            foreach (var reference in references)
            {
                var name = ProjectName(reference);
                text.Append(CultureInfo.InvariantCulture, $"    <ProjectReference Include=\"..\\{name}\\{name}.csproj\" />\n");
            }

            text.Append("  </ItemGroup>\n");
        }

        return text.Append("</Project>\n").ToString();
    }

    /// <summary>Every project has <paramref name="filesPerProject"/> files; file k is <c>AreaN.ServiceK</c> with N = k mod <see cref="Areas"/>.</summary>
    private static string LinesOfFile(int project, int file, int filesPerProject, int[] references)
    {
        var ns = $"{ProjectName(project)}.Area{file % Areas}";
        var local = ServiceName(project, (file + 1) % filesPerProject);
        var remote = references.Length == 0 ? local : ServiceName(references[file % references.Length], ((file * 7) + 3) % filesPerProject);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace {{ns}};

            public interface IService{{file}}
            {
                int Handle(int value);
                string Describe();
            }

            public abstract class ServiceBase{{file}}
            {
                protected readonly List<int> Items = new List<int>();
                protected int Total;

                public virtual int Step(int value)
                {
                    Total += value;
                    return Total > 1000 ? Total % 1000 : Total;
                }
            }

            public class Service{{file}} : ServiceBase{{file}}, IService{{file}}
            {
                private readonly Dictionary<string, int> cache = new Dictionary<string, int>();

                public string Describe() => $"Service{{file}} with {Items.Count} items";

                public int Handle(int value)
                {
                    var local = new global::{{local}}();
                    var remote = new global::{{remote}}();
                    return Compute0(value) + local.Step(value) + remote.Step(value);
                }

            """);
        for (var m = 0; m < MethodsPerClass; m++)
        {
            var next = m + 1 < MethodsPerClass ? $"Compute{m + 1}(sum % 7)" : "Step(sum)";
            text.Append(CultureInfo.InvariantCulture, $$"""
                    public int Compute{{m}}(int seed)
                    {
                        var sum = seed;
                        for (var i = 0; i < Items.Count; i++)
                        {
                            if (Items[i] % 2 == 0) { sum += Items[i]; } else if (Items[i] > {{m}}) { sum -= i; }
                        }

                        foreach (var pair in cache.Where(c => c.Value > seed))
                        {
                            switch (pair.Key.Length) { case 0: sum++; break; case 1: sum += 2; break; default: sum += pair.Value; break; }
                        }

                        try { sum += int.Parse("{{m}}", System.Globalization.CultureInfo.InvariantCulture); } catch (FormatException) { sum = -1; }
                        return seed > 0 ? {{next}} : sum;
                    }

                """);
        }

        text.Append("}\n");
        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
