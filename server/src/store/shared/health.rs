use super::Store;

impl Store {
    /// Whether the database answers, for `/api/health`.
    pub async fn ping(&self) -> sqlx::Result<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await.map(drop)
    }
}
