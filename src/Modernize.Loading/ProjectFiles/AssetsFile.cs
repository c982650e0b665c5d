using System.Text.Json;

namespace Modernize.Loading.ProjectFiles;

/// <summary>Reads the compile-time package assemblies from a restored project's <c>obj/project.assets.json</c> (data only).</summary>
public static class AssetsFile
{
    /// <summary>Absolute paths of the compile assemblies for the target (the first target when <paramref name="moniker"/> does not match); empty when unreadable.</summary>
    public static IReadOnlyList<string> CompileAssemblies(string assetsPath, string? moniker)
    {
        try
        {
            using var stream = File.OpenRead(assetsPath);
            using var document = JsonDocument.Parse(stream);
            var root = document.RootElement;
            var folders = root.TryGetProperty("packageFolders", out var pf) ? pf.EnumerateObject().Select(p => p.Name).ToList() : [];
            if (!root.TryGetProperty("targets", out var targets) || !root.TryGetProperty("libraries", out var libraries))
            {
                return [];
            }

            var target = targets.EnumerateObject()
                .OrderByDescending(t => moniker is not null && TargetMatches(t.Name, moniker))
                .Select(t => t.Value)
                .FirstOrDefault();
            if (target.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            var result = new List<string>();
            foreach (var library in target.EnumerateObject())
            {
                if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package" || !library.Value.TryGetProperty("compile", out var compile))
                {
                    continue;
                }

                var libraryPath = libraries.TryGetProperty(library.Name, out var info) && info.TryGetProperty("path", out var p) ? p.GetString() : null;
                if (libraryPath is null)
                {
                    continue;
                }

                foreach (var asset in compile.EnumerateObject().Where(a => a.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)))
                {
                    var file = folders.Select(f => Path.Combine(f, libraryPath, asset.Name)).FirstOrDefault(File.Exists);
                    if (file is not null)
                    {
                        result.Add(file);
                    }
                }
            }

            return result;
        }
        catch (JsonException)
        {
            return [];
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>The version NuGet resolved for each package of a restored project (id, ignoring case); empty when unreadable.</summary>
    public static IReadOnlyDictionary<string, string> ResolvedPackages(string assetsPath)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var stream = File.OpenRead(assetsPath);
            using var document = JsonDocument.Parse(stream);
            if (document.RootElement.TryGetProperty("libraries", out var libraries))
            {
                foreach (var library in libraries.EnumerateObject())
                {
                    var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
                    if (slash > 0 && library.Value.TryGetProperty("type", out var type) && type.GetString() == "package")
                    {
                        result[library.Name[..slash]] = library.Name[(slash + 1)..];
                    }
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // An unreadable assets file resolves nothing.
        }

        return result;
    }

    private static bool TargetMatches(string targetName, string moniker)
    {
        var framework = TargetFrameworkCompatibility.Parse(moniker);
        var name = targetName.Split('/')[0];
        return name.Equals(moniker, StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith(".NET", StringComparison.OrdinalIgnoreCase) && framework.Family != TargetFrameworkCompatibility.Family.Unknown);
    }
}
