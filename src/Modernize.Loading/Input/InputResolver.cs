using Modernize.Model;

namespace Modernize.Loading.Input;

/// <summary>Turns the path the user gave into the solution or projects to scan.</summary>
public static class InputResolver
{
    public static ScanInput Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return ResolveFolder(full.TrimEnd(Path.DirectorySeparatorChar));
        }

        if (!File.Exists(full))
        {
            throw new InputException(path, "no such file or folder");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (ProjectFileKinds.IsSolution(full))
        {
            var projects = SolutionFileReader.ReadProjects(full);
            if (projects.Count == 0)
            {
                throw new InputException(full, "the solution contains no C# or Visual Basic project");
            }

            return new ScanInput(folder, Path.GetFileName(full), full, projects);
        }

        if (ProjectFileKinds.IsSupported(full))
        {
            return new ScanInput(folder, Path.GetFileName(full), null, [full]);
        }

        throw new InputException(full, "unsupported file type: expected .sln, .slnx, .csproj, .vbproj or a folder");
    }

    private static ScanInput ResolveFolder(string folder)
    {
        var solutions = Directory.EnumerateFiles(folder)
            .Where(ProjectFileKinds.IsSolution)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (solutions.Count > 1)
        {
            throw new InputException(folder, "several solutions found, scan one of them: " + string.Join(", ", solutions.Select(Path.GetFileName)));
        }

        if (solutions.Count == 1)
        {
            return Resolve(solutions[0]) with { Root = folder, Name = Path.GetFileName(solutions[0]) };
        }

        var projects = FindProjects(folder);
        if (projects.Count == 0)
        {
            throw new InputException(folder, "no solution (.sln, .slnx) or project (.csproj, .vbproj) found");
        }

        return new ScanInput(folder, new DirectoryInfo(folder).Name, null, projects);
    }

    /// <summary>Every project file below <paramref name="folder"/>, skipping bin/obj and hidden folders; symbolic links to folders are not followed (no loops).</summary>
    private static List<string> FindProjects(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
        };
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(current, "*", options).Where(ProjectFileKinds.IsSupported));
            foreach (var sub in Directory.EnumerateDirectories(current, "*", options))
            {
                var name = Path.GetFileName(sub);
                if (name is not ("bin" or "obj" or "node_modules") && !name.StartsWith('.'))
                {
                    pending.Push(sub);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
