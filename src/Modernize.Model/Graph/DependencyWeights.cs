namespace Modernize.Model.Graph;

/// <summary>How strongly each kind of dependency binds two types; inheritance is hardest to cut, a type check easiest.</summary>
public static class DependencyWeights
{
    /// <summary>The kinds that stand for run-time wiring rather than a reference written in source.</summary>
    public static bool IsWiring(DependencyKind kind) => kind >= DependencyKind.MediatorHandler;

    public static double Of(DependencyKind kind) => kind switch
    {
        DependencyKind.Inheritance => 3.0,
        DependencyKind.InterfaceImplementation => 2.0,
        DependencyKind.ObjectCreation => 1.5,
        DependencyKind.MethodCall => 1.0,
        DependencyKind.StaticUse => 1.0,
        DependencyKind.MemberAccess => 1.0,
        DependencyKind.FieldType => 1.0,
        DependencyKind.PropertyType => 1.0,
        DependencyKind.ParameterType => 0.5,
        DependencyKind.ReturnType => 0.5,
        DependencyKind.GenericArgument => 0.5,
        DependencyKind.LocalVariable => 0.5,
        DependencyKind.CatchOrThrow => 0.5,
        DependencyKind.Attribute => 0.25,
        DependencyKind.TypeCheck => 0.25,
        DependencyKind.MediatorHandler => 1.5,
        DependencyKind.IntegrationEvent => 1.0,
        DependencyKind.DependencyRegistration => 1.0,
        DependencyKind.ImplementationBehindInterface => 1.0,
        DependencyKind.DbContextEntity => 0.5,
        DependencyKind.HttpEndpoint => 1.0,
        _ => 1.0,
    };
}
