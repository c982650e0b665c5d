namespace Modernize.Loading.ProjectFiles;

/// <summary>The mapping files legacy data access is declared in: NHibernate <c>.hbm.xml</c>, typed DataSet <c>.xsd</c>, EF designer <c>.edmx</c>.</summary>
public static class DataMappingFile
{
    public const string NHibernate = ".hbm.xml";
    public const string DataSet = ".xsd";
    public const string Edmx = ".edmx";

    public static bool Is(string path) =>
        path.EndsWith(NHibernate, StringComparison.OrdinalIgnoreCase) || path.EndsWith(DataSet, StringComparison.OrdinalIgnoreCase) || path.EndsWith(Edmx, StringComparison.OrdinalIgnoreCase);
}
