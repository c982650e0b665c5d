using Modernize.Loading.Input;
using Modernize.Loading.ProjectFiles;
using Modernize.Loading.Workspace;
using Modernize.Model;

namespace Modernize.Extraction.Data;

/// <summary>
/// Reads the data mapping files a project lists (<see cref="ProjectFileReader"/>: EmbeddedResource, Content, None and EntityDeploy
/// items, the SDK's default None glob) as untrusted XML: DTDs skipped and never resolved. Files are only read, whichever way the
/// project was loaded; a file that cannot be read becomes a warning naming it.
/// </summary>
internal static class MappingFiles
{
    public static (List<MappedAccess> Accesses, List<string> Warnings) Read(string root, string projectPath)
    {
        var accesses = new List<MappedAccess>();
        var warnings = new List<string>();
        var projectFile = Path.Combine(root, projectPath);
        if (!File.Exists(projectFile))
        {
            return (accesses, warnings);
        }

        IReadOnlyList<string> files;
        try
        {
            files = ProjectFileReader.ReadWithDataMappingFiles(projectFile).DataMappingFiles;
        }
        catch (InputException)
        {
            return (accesses, warnings); // loading has already said what is wrong with the project file
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            warnings.Add($"{projectPath}: data mapping files not listed: {ex.Message}");
            return (accesses, warnings);
        }

        foreach (var file in files)
        {
            var relative = RootPaths.Relative(root, file);
            try
            {
                var document = SafeXml.LoadIgnoringDtd(file);
                accesses.AddRange(
                    file.EndsWith(DataMappingFile.NHibernate, StringComparison.OrdinalIgnoreCase) ? HbmMappings.Read(document, relative)
                    : file.EndsWith(DataMappingFile.DataSet, StringComparison.OrdinalIgnoreCase) ? DataSetSchemas.Read(document, relative)
                    : EdmxMappings.Read(document, relative));
            }
            catch (InputException ex)
            {
                warnings.Add($"{relative}: data mapping file skipped: {ex.Problem}");
            }
        }

        return (accesses, warnings);
    }
}
